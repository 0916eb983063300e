/** `--format checkstyle`: Checkstyle XML, read by Jenkins (Warnings NG), reviewdog and others. */
import { xml } from './xml.js';
import type { Formatter } from './types.js';

export const checkstyle: Formatter = (result) => {
  const files = result.results.map((r) => {
    const errs = r.diagnostics.map(
      (d) =>
        `    <error line="${d.line}" column="${d.column}" severity="${d.severity}" message="${xml(d.hint ? `${d.message} Fix: ${d.hint}` : d.message)}" source="zklint.${xml(d.ruleId)}"/>`,
    );
    return `  <file name="${xml(r.file)}">${errs.length ? `\n${errs.join('\n')}\n  ` : ''}</file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n${files.join('\n')}${files.length ? '\n' : ''}</checkstyle>\n`;
};
