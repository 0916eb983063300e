/** What every formatter receives and returns. */
import type { LintResult } from '../diagnostic.js';

export interface FormatContext {
  /** Decoded text of a file named in the results (for code frames), when available. */
  getSource(file: string): string | undefined;
  color: boolean;
  cwd: string;
}

export type Formatter = (result: LintResult, context: FormatContext) => string;
