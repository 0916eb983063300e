/** Turns a rule's target (entry, span, file) into a 1-based line/column location. */
import type { Location } from '../diagnostic.js';
import { positionOf } from '../load/positions.js';
import type { SourceFile } from '../load/source.js';
import type { PropertyEntry, Span } from '../load/properties-types.js';
import type { Target } from '../rule.js';

function spanLocation(file: SourceFile, span: Span): Location {
  return rangeLocation(file, span.start, span.end);
}

function rangeLocation(file: SourceFile, startOffset: number, endOffset: number): Location {
  const start = positionOf(file.lineStarts, startOffset);
  const end = positionOf(file.lineStarts, Math.max(endOffset, startOffset));
  return { file: file.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Maps a value-relative range to source offsets; exact on single-line values. */
function valueRange(entry: PropertyEntry, r: { start: number; end: number }): Span {
  if (entry.rawValue === entry.value) return { start: entry.valueStart + r.start, end: entry.valueStart + r.end };
  return entry.valueSpan;
}

export function locate(t: Target): Location {
  if ('loc' in t) return t.loc;
  if ('occ' in t) {
    const { entry, file } = t.occ;
    const part = t.part ?? 'key';
    // Offsets, not spans: an entry makes a span object each time one is read (src/load/properties.ts).
    if (part === 'key') return entry.keyEnd > entry.keyStart ? rangeLocation(file, entry.keyStart, entry.keyEnd) : rangeLocation(file, entry.lineStart, entry.lineEnd);
    if (part === 'line') return rangeLocation(file, entry.lineStart, entry.lineEnd);
    if (part === 'value') return entry.valueEnd > entry.valueStart ? rangeLocation(file, entry.valueStart, entry.valueEnd) : rangeLocation(file, entry.lineStart, entry.lineEnd);
    return spanLocation(file, valueRange(entry, part));
  }
  if ('span' in t) return spanLocation(t.file, t.span);
  return { file: t.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
