/**
 * Fixes rules attach to findings, built from the model's spans. Each helper returns `undefined`
 * where the source is not plain enough to edit mechanically (escapes, continuation lines): a wrong
 * fix is worse than none. Offsets are in the linted (Latin-1) text.
 */
import type { FixEdit, FixSpec } from '../rule.js';
import type { Occurrence } from '../model/config-file.js';
import type { SourceFile } from '../load/source.js';
import { KEYS, type ValueKind } from '../model/catalogue.js';

/** A UTF-8 byte-order mark read as Latin-1. */
const BOM = '\u00ef\u00bb\u00bf';

/** The line terminator right at `at` ('' at the end of the text). */
function eolAt(text: string, at: number): string {
  if (text.startsWith('\r\n', at)) return '\r\n';
  const c = text[at];
  return c === '\n' || c === '\r' ? c : '';
}

/** The file's own line terminator (its first one), for a line zklint adds. */
function fileEol(text: string): string {
  const n = text.search(/[\r\n]/);
  return n < 0 ? '\n' : eolAt(text, n);
}

/** Where the physical line holding `at` starts. */
function physicalLineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The value exactly as written on one line (no escapes, no continuation): offsets map one to one. */
function plainValue(occ: Occurrence): boolean {
  const e = occ.entry;
  return !e.continued && e.rawValue === e.value && occ.file.text.slice(e.valueSpan.start, e.valueSpan.end) === e.value;
}

/** Whether characters Java's String.trim removes (≤ U+0020). */
function javaSpace(c: number): boolean {
  return c <= 0x20;
}

/** Safe: remove a UTF-8 byte-order mark at the start of the file. */
export function removeBomFix(occ: Occurrence): FixSpec | undefined {
  if (!occ.file.text.startsWith(BOM)) return undefined;
  return { safe: true, title: 'Remove the byte-order mark', edits: [{ start: 0, end: BOM.length, text: '' }] };
}

const NUMBER_KINDS: ReadonlySet<ValueKind> = new Set(['int', 'long', 'getInteger', 'getLong', 'parseIntLate']);

/** Whether `value` reads as the kind of value `key` takes (a rename must not make a number key read "sasl"). */
function valueFits(key: string, value: string): boolean {
  const kind = KEYS.get(key)?.kind;
  if (kind === undefined) return true;
  if (NUMBER_KINDS.has(kind)) return /^[+-]?\d+$/.test(value);
  if (kind === 'bool' || kind === 'sysBool') return /^(true|false)$/i.test(value);
  return true;
}

/**
 * Rename a key written plainly (no escapes), when its value fits the new key. Unsafe by default:
 * the value then takes effect.
 */
export function renameKeyFix(occ: Occurrence, to: string, safe = false): FixSpec | undefined {
  const e = occ.entry;
  const written = occ.file.text.slice(e.keySpan.start, e.keySpan.end);
  if (written !== occ.key || e.rawKey !== e.key || to === '' || /[\s=:#!\\]/.test(to)) return undefined;
  if (!valueFits(to, occ.value)) return undefined;
  return { safe, title: `Rename ${occ.key} to ${to}`, edits: [{ start: e.keySpan.start, end: e.keySpan.end, text: to }] };
}

/** Safe: remove whitespace at the end of a value (ZooKeeper does not trim server, group and weight lines). */
export function trimValueEndFix(occ: Occurrence): FixSpec | undefined {
  if (!plainValue(occ)) return undefined;
  const { valueSpan } = occ.entry;
  const text = occ.file.text;
  let end = valueSpan.end;
  while (end > valueSpan.start && javaSpace(text.charCodeAt(end - 1))) end--;
  if (end === valueSpan.end) return undefined;
  return { safe: true, title: 'Remove the whitespace at the end of the line', edits: [{ start: end, end: valueSpan.end, text: '' }] };
}

/**
 * Safe: move `# comment` (starting at `hashAt`, an index in the trimmed value `occ.value`) from the
 * end of the value to its own line just above, keeping the value before it.
 */
export function commentToOwnLineFix(occ: Occurrence, hashAt: number): FixSpec | undefined {
  if (!plainValue(occ)) return undefined;
  const e = occ.entry;
  const text = occ.file.text;
  const lead = e.value.length - e.value.trimStart().length;
  const hash = e.valueSpan.start + lead + hashAt;
  if (text[hash] !== '#') return undefined;
  let keepEnd = hash;
  while (keepEnd > e.valueSpan.start && javaSpace(text.charCodeAt(keepEnd - 1))) keepEnd--;
  let commentEnd = e.valueSpan.end;
  while (commentEnd > hash && javaSpace(text.charCodeAt(commentEnd - 1))) commentEnd--;
  const comment = text.slice(hash, commentEnd);
  const lineStart = physicalLineStart(text, e.lineSpan.start);
  const eol = eolAt(text, e.lineSpan.end) || fileEol(text);
  const edits: FixEdit[] = [
    { start: lineStart, end: lineStart, text: `${comment}${eol}` },
    { start: keepEnd, end: e.valueSpan.end, text: '' },
  ];
  return { safe: true, title: 'Move the comment to its own line', edits };
}

/** Remove whole lines (with their terminators): `safe` when ZooKeeper then reads the same. */
export function removeLinesFix(occs: readonly Occurrence[], safe: boolean, title: string): FixSpec | undefined {
  const edits: FixEdit[] = [];
  for (const occ of occs) {
    const e = occ.entry;
    const text = occ.file.text;
    const start = physicalLineStart(text, e.lineSpan.start);
    const end = e.lineSpan.end + eolAt(text, e.lineSpan.end).length;
    edits.push({ file: occ.file, start, end, text: '' });
  }
  return edits.length ? { safe, title, edits } : undefined;
}

/**
 * Append `line` (a `key=value` line) at the end of the file, in the file's line-ending style; a
 * file without a final newline keeps having none. Not offered after a trailing backslash, which
 * would join the new line to the last one.
 */
export function appendLineFix(file: SourceFile, line: string, title: string, safe = false): FixSpec | undefined {
  const text = file.text;
  const eol = fileEol(text);
  const last = text.slice(physicalLineStart(text, text.length));
  if (/(^|[^\\])(\\\\)*\\$/.test(last)) return undefined;
  const ends = text === '' || eolAt(text, text.length - 1) !== '' || text.endsWith('\r\n');
  const insert = text === '' ? `${line}${eol}` : ends ? `${line}${eol}` : `${eol}${line}`;
  return { safe, title, edits: [{ file, start: text.length, end: text.length, text: insert }] };
}

/** Replace a plainly written value (no escapes, one line) by `value`. Unsafe by default. */
export function replaceValueFix(occ: Occurrence, value: string, title: string, safe = false): FixSpec | undefined {
  if (!plainValue(occ)) return undefined;
  const e = occ.entry;
  const lead = e.value.length - e.value.trimStart().length;
  let end = e.valueSpan.end;
  while (end > e.valueSpan.start && javaSpace(occ.file.text.charCodeAt(end - 1))) end--;
  return { safe, title, edits: [{ start: e.valueSpan.start + lead, end, text: value }] };
}
