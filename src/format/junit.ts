/** `--format junit`: one test suite per file, one failing test case per finding (a clean file passes). */
import { xml } from './xml.js';
import type { Formatter } from './types.js';

const RANK = { info: 0, warning: 1, error: 2 } as const;

export const junit: Formatter = (result, ctx) => {
  const threshold = RANK[ctx?.failOn ?? 'info'];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of result.results) {
    const cases: string[] = [];
    let failed = 0;
    for (const d of r.diagnostics) {
      const fails = RANK[d.severity] >= threshold;
      if (fails) failed++;
      const body = [d.message, d.hint ? `Fix: ${d.hint}` : '', d.docsUrl ? `Docs: ${d.docsUrl}` : ''].filter(Boolean).join('\n');
      cases.push(
        `    <testcase classname="${xml(r.file)}" name="${xml(`${d.ruleId} ${d.line}:${d.column}`)}">\n` +
          (fails
            ? `      <failure type="${xml(d.severity)}" message="${xml(d.message)}">${xml(`${d.file}:${d.line}:${d.column} ${body}`)}</failure>\n`
            : `      <system-out>${xml(`${d.severity}: ${d.file}:${d.line}:${d.column} ${body}`)}</system-out>\n`) +
          `    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(r.file)}" name="zklint"/>`);
    const n = Math.max(1, r.diagnostics.length);
    tests += n;
    failures += failed;
    suites.push(`  <testsuite name="${xml(r.file)}" tests="${n}" failures="${failed}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zklint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};
