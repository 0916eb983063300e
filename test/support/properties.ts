/** Test helpers for the properties lexer (src/load/properties.ts). */
import { parseProperties, slicedEntries, type ParsedProperties } from '../../src/load/properties.js';

/** `text` parsed with every entry a SlicedEntry (a large text's), whatever its length. */
export function parseSliced(text: string): ParsedProperties {
  const from = slicedEntries.from;
  slicedEntries.from = 0;
  try {
    return parseProperties(text);
  } finally {
    slicedEntries.from = from;
  }
}
