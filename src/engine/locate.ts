/** Turns a rule's target (entry, span, file) into a 1-based line/column location. */
import type { Location } from '../diagnostic.js';
import { positionOf } from '../load/positions.js';
import type { SourceFile } from '../load/source.js';
import type { Span } from '../load/properties-types.js';
import type { Target } from '../rule.js';

function spanLocation(file: SourceFile, span: Span): Location {
  const start = positionOf(file.lineStarts, span.start);
  const end = positionOf(file.lineStarts, Math.max(span.end, span.start));
  return { file: file.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Maps a value-relative range to source offsets; exact on single-line values. */
function valueRange(valueSpan: Span, rawValue: string, value: string, r: { start: number; end: number }): Span {
  if (rawValue === value) return { start: valueSpan.start + r.start, end: valueSpan.start + r.end };
  return valueSpan;
}

export function locate(t: Target): Location {
  if ('loc' in t) return t.loc;
  if ('occ' in t) {
    const { entry, file } = t.occ;
    const part = t.part ?? 'key';
    // Each span is read once: an entry makes its span objects when asked (src/load/properties.ts).
    if (part === 'key') {
      const ks = entry.keySpan;
      return spanLocation(file, ks.end > ks.start ? ks : entry.lineSpan);
    }
    if (part === 'line') return spanLocation(file, entry.lineSpan);
    const vs = entry.valueSpan;
    if (part === 'value') return spanLocation(file, vs.end > vs.start ? vs : entry.lineSpan);
    return spanLocation(file, valueRange(vs, entry.rawValue, entry.value, part));
  }
  if ('span' in t) return spanLocation(t.file, t.span);
  return { file: t.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
