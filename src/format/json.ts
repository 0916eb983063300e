/** `--format json`: the documented diagnostic contract, `{ "results": [ { file, diagnostics } ] }`. */
import type { Formatter } from './types.js';

export const json: Formatter = (result) => `${JSON.stringify({ results: result.results }, null, 2)}\n`;
