/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. Chosen by default when
 * GITHUB_ACTIONS=true. Property values escape % CR LF : , and the message escapes % CR LF; any other
 * control character (ESC, BEL, C1) is shown as \xNN, as in every other format.
 */
import type { Severity } from '../diagnostic.js';
import { findings } from './common.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's escaping of a command's data: % CR LF; other control characters (ESC, BEL…) shown as \xNN. */
export function escapeData(s: string): string {
  return printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
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
    // The message and hint are one line each (their own line breaks escaped), joined by a real break.
    const msg = d.hint ? `${printable(d.message)}\nFix: ${printable(d.hint)}` : printable(d.message);
    return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(msg)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
};
