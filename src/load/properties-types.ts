/** Offsets are 0-based indexes into the decoded (ISO-8859-1) text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One key/value occurrence as `java.util.Properties.load` sees it, with where it came from. */
export interface PropertyEntry {
  /** Key after escape processing, exactly as Java stores it (not trimmed). */
  key: string;
  /** Value after escape processing, exactly as Java stores it (leading whitespace gone, trailing kept). */
  value: string;
  /** Source text of the key (escapes not processed, continuations not joined). */
  rawKey: string;
  /** Source text of the value, from its first character to the end of its last physical line. */
  rawValue: string;
  /** Source span of the key (empty span at the line start for an empty key). Spans are made when read: a new object each time. */
  keySpan: Span;
  /** Source span of the value; an empty span right after the separator when there is no value. */
  valueSpan: Span;
  /** Span of the whole logical line (first to last character, continuations included, terminator excluded). */
  lineSpan: Span;
  /** The separator character Java used: '=', ':', or ' ' for whitespace, '' when none. */
  separator: '=' | ':' | ' ' | '';
  /** True when the logical line was joined from several physical lines. */
  continued: boolean;
  /** Position of this entry among all entries, in file order. */
  index: number;
  /** The spans' offsets as numbers (`keySpan.start` is `keyStart`): read without making a span object. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  lineStart: number;
  lineEnd: number;
}

export interface CommentLine {
  /** Text after the `#` or `!` marker, up to the end of the physical line. */
  text: string;
  marker: '#' | '!';
  /** From the marker to the end of the physical line. Made when read: a new object each time. */
  span: Span;
  /** `span`'s offsets as numbers, read without making a span object. */
  start: number;
  end: number;
}

/** A malformed `\uXXXX` escape: Java throws `IllegalArgumentException("Malformed \uxxxx encoding.")`. */
export interface PropertiesError {
  message: string;
  span: Span;
}

export interface ParsedProperties {
  /** Every entry in file order, duplicates included. */
  entries: PropertyEntry[];
  comments: CommentLine[];
  /** Malformed escapes. Java stops at the first one and the whole load fails. */
  errors: PropertiesError[];
}
