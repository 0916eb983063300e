/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. Chosen by default when
 * GITHUB_ACTIONS=true. Property values escape % CR LF : , and the message escapes % CR LF.
 */
import type { Severity } from '../diagnostic.js';
import { findings } from './common.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (result, ctx) => {
  const lines = findings(result, ctx).map(({ d, rel }) => {
    const props = [
      `file=${escapeProperty(rel)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(`zklint(${d.ruleId})`)}`,
    ];
    const msg = d.hint ? `${d.message}\nFix: ${d.hint}` : d.message;
    return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(msg)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
};
