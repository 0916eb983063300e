/** What every formatter receives and returns. */
import type { LintResult } from '../diagnostic.js';
import type { RuleMeta } from '../rule.js';

export interface FormatContext {
  /** Decoded text of a file named in the results (for code frames), when available. */
  getSource(file: string): string | undefined;
  color: boolean;
  cwd: string;
  /** Paths in CI formats are relative to this folder; default: the git root above cwd, else cwd. */
  baseDir?: string;
  /** Rules described in SARIF's tool.driver.rules (the library's `loadFormatter` defaults it to every built-in rule). */
  rules?: readonly RuleMeta[];
  /** The ZooKeeper version linted for: which of ZooKeeper's words rule descriptions quote. */
  zkVersion?: string;
  /** SARIF: also emit suppressed findings (FileResult.suppressed) with their suppressions. */
  includeSuppressed?: boolean;
  /** junit: the lowest severity that fails (the CLI's --fail-on); lower findings are passing cases. Default: every finding fails. */
  failOn?: 'error' | 'warning' | 'info';
}

export type Formatter = (result: LintResult, context: FormatContext) => string;
