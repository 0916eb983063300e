/** `--format stylish`: grouped by file, each finding with ZooKeeper's behaviour, a hint and a code frame. */
import type { Diagnostic, Severity } from '../diagnostic.js';
import { countBySeverity } from '../diagnostic.js';
import { printable } from './printable.js';
import { lineAt, lineIndex, type LineIndex } from '../util/fingerprint.js';
import type { Formatter } from './types.js';

const CODES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, cyan: 36, underline: 4 } as const;
type Style = keyof typeof CODES;

function painter(color: boolean) {
  return (style: Style, s: string) => (color ? `\x1b[${CODES[style]}m${s}\x1b[0m` : s);
}

const EFFECT: Record<string, string> = {
  fatal: 'refuses to start',
  warning: 'starts, logs a warning',
  silent: 'starts silently',
};

function frame(d: Diagnostic, text: LineIndex | undefined, paint: ReturnType<typeof painter>): string[] {
  // An empty range is about the whole file (e.g. a key that is absent): no line to show.
  if (text === undefined || (d.line === d.endLine && d.column === d.endColumn)) return [];
  const line = lineAt(text, d.line);
  if (line === undefined) return [];
  const width = String(Math.min(text.starts.length, d.line + 1)).length;
  const out: string[] = [];
  const show = (n: number, mark: boolean) => {
    const l = lineAt(text, n);
    if (l === undefined) return;
    const clipped = l.length > 200 ? `${l.slice(0, 200)}…` : l;
    out.push(`${mark ? paint('red', '>') : ' '} ${paint('dim', String(n).padStart(width))} | ${printable(clipped)}`);
  };
  if (d.line > 1) show(d.line - 1, false);
  show(d.line, true);
  const start = Math.max(0, d.column - 1);
  const end = d.endLine === d.line ? Math.max(d.endColumn - 1, start + 1) : Math.max(line.length, start + 1);
  const prefix = printable(line.slice(0, start).slice(0, 200)).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, Math.min(end - start, 200 - start)));
  out.push(`  ${' '.repeat(width)} | ${prefix}${paint('red', carets)}`);
  return out;
}

export const stylish: Formatter = (result, ctx) => {
  const paint = painter(ctx.color);
  const sevStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const out: string[] = [];
  for (const r of result.results) {
    if (r.diagnostics.length === 0) continue;
    out.push(paint('underline', printable(r.file)));
    const source = ctx.getSource(r.file);
    const text = source === undefined ? undefined : lineIndex(source); // once per file, not per finding
    for (const d of r.diagnostics) {
      const pos = `${d.line}:${d.column}`;
      out.push(`  ${paint('dim', pos.padEnd(7))}${paint(sevStyle[d.severity], d.severity.padEnd(8))}${printable(d.message)}  ${paint('dim', d.ruleId)}`);
      const pad = ' '.repeat(17);
      if (d.zookeeper) {
        const says = d.zookeeper.says ? `, says "${printable(d.zookeeper.says)}"` : '';
        out.push(`${pad}${paint('cyan', 'ZooKeeper:')} ${EFFECT[d.zookeeper.effect] ?? d.zookeeper.effect}${says}`);
      }
      if (d.hint) out.push(`${pad}${paint('cyan', 'fix:')} ${printable(d.hint)}`);
      for (const l of frame(d, text, paint)) out.push(`${pad}${l}`);
      if (d.related?.length) {
        const shown = d.related.slice(0, 6).map((x) => `${x.file === d.file ? '' : `${printable(x.file)}:`}${x.line}:${x.column}`);
        out.push(`${pad}${paint('dim', `see also: ${shown.join(', ')}${d.related.length > 6 ? ', …' : ''}`)}`);
      }
      if (d.docsUrl) out.push(`${pad}${paint('dim', `docs: ${d.docsUrl}`)}`);
    }
    out.push('');
  }
  const c = countBySeverity(result.results);
  const total = c.error + c.warning + c.info;
  if (total === 0) return '';
  const summary = `${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info)`;
  out.push(paint(c.error ? 'red' : c.warning ? 'yellow' : 'blue', paint('bold', `✖ ${summary}`)));
  return `${out.join('\n')}\n`;
};
