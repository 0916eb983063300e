/** Options shared by the library and the CLI. */
import type { FileSystem } from './fs.js';
import type { Rule, RuleSettings } from './rule.js';
import type { ZkVersion } from './model/version.js';

export interface LintOptions {
  /** Where files are read from; defaults to the real disk (read-only). */
  fs?: FileSystem;
  /** Resolve absolute paths in the config (dataDir, dynamicConfigFile) inside this rendered tree. */
  root?: string;
  /** zklint runs on the ZooKeeper host: missing directories are what ZooKeeper will see. */
  onHost?: boolean;
  /** ZooKeeper's working directory for relative paths (with onHost); defaults to process.cwd(). */
  cwd?: string;
  /** This server's id, known from inventory; replaces reading `<dataDir>/myid`. */
  myid?: number | string;
  /** ZooKeeper release line to check against; default 3.8. */
  zkVersion?: ZkVersion;
  /** JVM flags the server starts with, as `-Dkey=value` (or `key=value`). */
  jvmFlags?: readonly string[];
  /** A `java.env` / `zookeeper-env.sh` file whose SERVER_JVMFLAGS and JVMFLAGS add to jvmFlags (read through `fs`). */
  envFile?: string;
  /**
   * The environment the server starts with: its SERVER_JVMFLAGS and JVMFLAGS give JVM flags as
   * zkServer.sh passes them (before the env file's assignments, which may extend them). The library
   * never reads the process environment itself; the command passes its own when run on the server.
   */
  environment?: Readonly<Record<string, string | undefined>>;
  /** Per-rule severity/options; `'off'` disables a rule. */
  rules?: RuleSettings;
  /** Shortcut for the fault-tolerance rule's `failures` option. */
  faultTolerance?: number;
  /** Extra rules (made with defineRule) run after the built-in ones. */
  customRules?: readonly Rule[];
  /** Files larger than this are reported instead of read (default 16 MiB). */
  maxFileBytes?: number;
  /** Ensembles: force a grouping, name → glob(s) of config paths (default: grouped by shared members). */
  ensembles?: Record<string, string | readonly string[]>;
  /** Ensembles: availability zone of each server, keyed by server id or host (`'3' → zone`, `host → zone`). */
  zones?: Record<string, string>;
  /** Ensembles: the host each node runs on (`node name or config path → host`). */
  hosts?: Record<string, string>;
  /** Honour `# zklint-disable…` comments (default true). */
  inlineConfig?: boolean;
  /** Keep suppressed findings in FileResult.suppressed (for SARIF's suppressions). */
  keepSuppressed?: boolean;
}

/** Parses `-Dk=v` / `k=v` flags into a map of system properties. */
export function parseJvmFlags(flags: readonly string[] = []): Map<string, string> {
  const props = new Map<string, string>();
  for (const raw of flags) {
    for (const token of raw.split(/\s+/)) {
      if (!token) continue;
      const body = token.startsWith('-D') ? token.slice(2) : token.startsWith('-') ? '' : token;
      if (!body) continue;
      const eq = body.indexOf('=');
      if (eq < 0) props.set(body, '');
      else props.set(body.slice(0, eq), body.slice(eq + 1));
    }
  }
  return props;
}
