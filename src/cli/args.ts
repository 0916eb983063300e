/** Command-line flags: parsed strictly, every mistake a one-line usage error. */
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, type FormatName } from '../format/index.js';
import { isZkVersion, ZK_VERSIONS, type ZkVersion } from '../model/version.js';
import { suggest } from '../util/suggest.js';
import { parseJavaLong } from '../model/java.js';

export class UsageError extends Error {}

export type FailOn = 'warning' | 'error';

export interface CliArgs {
  paths: string[];
  /** Undefined when not given: the CLI picks github under GitHub Actions, else stylish. */
  format?: FormatName;
  /** Write the --format report to this file; stdout then gets stylish. */
  output?: string;
  maxWarnings?: number;
  failOn: FailOn;
  config?: string;
  inlineConfig: boolean;
  includeSuppressed: boolean;
  baseline?: string;
  writeBaseline?: string;
  stdin: boolean;
  stdinFilename?: string;
  /** What --stdin holds: a ZooKeeper config, or compose / Kubernetes YAML (auto: decided from the text). */
  stdinFormat?: 'auto' | 'zoo.cfg' | 'compose' | 'k8s';
  faultTolerance?: number;
  myid?: string;
  root?: string;
  onHost: boolean;
  zkVersion?: ZkVersion;
  jvmFlags: string[];
  envFile?: string;
  maxFileBytes?: number;
  debug: boolean;
  help: boolean;
  version: boolean;
  /** Ensembles: forced groupings (name → globs), zones (host → zone), node hosts (node → host). */
  ensembles?: Record<string, string[]>;
  zones?: Record<string, string>;
  hosts?: Record<string, string>;
  /** Report errors only (--quiet). */
  quiet: boolean;
  /** --color / --no-color (the last one given); undefined: FORCE_COLOR / NO_COLOR / a terminal decide. */
  color?: boolean;
  /** --print-config FILE: print the effective linter config for FILE and lint nothing. */
  printConfig?: string;
  /** --rule id:severity (repeatable): severities over the linter config's; ids are checked by the command. */
  rules?: Record<string, RuleFlagSeverity>;
  /** --fix: write safe fixes; --unsafe-fixes: unsafe ones too; --fix-dry-run: print the diff, write nothing. */
  fix: boolean;
  unsafeFixes: boolean;
  fixDryRun: boolean;
}

export type RuleFlagSeverity = 'off' | 'info' | 'warning' | 'error';
const RULE_FLAG_SEVERITIES: readonly RuleFlagSeverity[] = ['off', 'info', 'warning', 'error'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-inline-config': { type: 'boolean' },
  'include-suppressed': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'stdin-format': { type: 'string' },
  'fault-tolerance': { type: 'string' },
  myid: { type: 'string' },
  root: { type: 'string' },
  'on-host': { type: 'boolean' },
  'zk-version': { type: 'string' },
  'jvm-flag': { type: 'string', multiple: true },
  'java-env': { type: 'string' },
  // The old name of --java-env, still accepted. Node 20 reads a --env-file anywhere on its own
  // command line, which is why bin/zklint never lets Node see zklint's arguments.
  'env-file': { type: 'string' },
  'max-file-size': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ensemble: { type: 'string', multiple: true },
  zone: { type: 'string', multiple: true },
  host: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'print-config': { type: 'string' },
  rule: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  'unsafe-fixes': { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
} as const;

export const USAGE = `Usage: zklint [options] [paths...]

Lints ZooKeeper server configs (zoo.cfg, *.cfg, zookeeper.properties) and their data directories.
Folders are searched for configs.

Options:
  -f, --format <name>        stylish (default; github when GITHUB_ACTIONS=true) | json | sarif | github |
                             junit | checkstyle | gitlab
  -o, --output <file>        write the --format report to <file>; stdout still shows stylish
                             (github annotations when GITHUB_ACTIONS=true)
  -q, --quiet                report errors only (not with --fail-on warning or --max-warnings)
      --color, --no-color    force or turn off colours (default: on for a terminal; FORCE_COLOR=1 or
                             NO_COLOR=1 in the environment do the same)
      --rule <id:severity>   set a rule to off | info | warning | error over the linter config (repeatable)
      --print-config <file>  print the linter config in effect for <file> as JSON, and lint nothing
      --fail-on <level>      error (default) | warning: lowest severity that fails the run
      --max-warnings <n>     also fail when there are more than n warnings
  -c, --config <file>        linter config (default: zklint.config.json or .zklintrc.json found upward
                             from each linted file, up to the repository root)
                             Files matching .zklintignore (gitignore syntax, in the current folder) or
                             the linter config's "ignore" are skipped; one named explicitly is skipped
                             with a warning.
      --no-inline-config     ignore zklint-disable comments in configs
      --include-suppressed   sarif: also list suppressed findings, marked as suppressed
      --baseline <file>      report only findings not recorded in <file>
      --write-baseline <file> record the current findings in <file> (and exit 0)
      --fix                  apply the safe fixes to the linted files (atomically; with --stdin: print
                             the fixed text, findings go to stderr), then report what remains
      --unsafe-fixes         with --fix or --fix-dry-run: also the fixes that change what ZooKeeper does
      --fix-dry-run          print the fixes as a unified diff and write nothing (exit 1 if any)
      --stdin                lint config text read from standard input
      --stdin-filename <p>   path to report (and to resolve relative paths and the config from) with --stdin
      --stdin-format <f>     auto | zoo.cfg | compose | k8s: what --stdin holds (auto: compose or Kubernetes
                             YAML such as helm template output is recognised)
      --fault-tolerance <f>  require the ensemble to survive f server failures (needs 2f+1 voters)
      --myid <n>             this server's id, known from inventory (instead of <dataDir>/myid)
      --root <dir>           resolve absolute paths in the config inside this rendered tree
      --on-host              zklint runs on the ZooKeeper host: what is missing here is missing for ZooKeeper
      --zk-version <v>       ${ZK_VERSIONS.join(' | ')} (default 3.8)
      --jvm-flag <-Dk=v>     a JVM system property the server starts with (repeatable)
      --java-env <file>      read SERVER_JVMFLAGS / JVMFLAGS from a java.env or zookeeper-env.sh file
                             (parsed, never run; --env-file is the same flag)
      --max-file-size <n>    largest config read, in bytes (default 16777216)
      --ensemble <name=glob> lint the configs matching glob as one ensemble (repeatable)
      --zone <host=zone>     the zone a server (host or id) is in, for zone-loss checks (repeatable)
      --host <node=host>     the host a node (folder name or config path) runs on (repeatable)
      --debug                show stack traces of internal errors

Several configs are grouped into ensembles by shared members and checked together.
  zklint explain [options] paths...   servers, quorum, failures survived, smallest breaking sets
  zklint lsp --stdio                  the language server (editors: see editors/README.md)
  -h, --help                 show this help
  -v, --version              show the version

Exit status:
  0   no finding at or above --fail-on, and no more warnings than --max-warnings
  1   findings at or above the failure threshold (or too many warnings)
  2   usage error (bad flag, missing path) or internal error
  78  invalid linter config (zklint.config.json / .zklintrc.json / --config)`;

function intFlag(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} expects an integer ≥ ${min}, got "${v}"`);
  return Number(v);
}

export function parseCliArgs(argv: string[]): CliArgs {
  // `--jvm-flag -Dk=v`: a value that starts with '-' would read as an option; join it to its flag.
  argv = argv.flatMap((a, k) => (a === '--jvm-flag' && argv[k + 1]?.startsWith('-D') ? [] : argv[k - 1] === '--jvm-flag' && a.startsWith('-D') ? [`--jvm-flag=${a}`] : [a]));
  // `--myid -1`: a negative number reads as an option too (ZooKeeper's ids are Java longs).
  const dashes = argv.indexOf('--') < 0 ? argv.length : argv.indexOf('--');
  argv = argv.flatMap((a, k) => (a === '--myid' && k < dashes && /^-\d/.test(argv[k + 1] ?? '') ? [] : argv[k - 1] === '--myid' && k - 1 < dashes && /^-\d/.test(a) ? [`--myid=${a}`] : [a]));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const msg = (e as Error).message;
    const m = /Unknown option '(--?[^']+)'/.exec(msg);
    if (m) {
      const flag = (m[1] as string).replace(/^-+/, '');
      const near = suggest(flag, Object.keys(OPTIONS));
      throw new UsageError(`unknown option ${m[1]}${near ? ` (did you mean --${near}?)` : ''}`);
    }
    throw new UsageError(msg.split('\n')[0] as string);
  }
  const v = parsed.values;
  // A single-valued flag given twice with different values is a conflict, not "last one wins".
  const seen = new Map<string, string | undefined>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option' || (OPTIONS as Record<string, { multiple?: boolean }>)[t.name]?.multiple) continue;
    if (seen.has(t.name) && seen.get(t.name) !== t.value) throw new UsageError(`--${t.name} given twice with different values`);
    seen.set(t.name, t.value);
  }
  const format = v.format;
  if (format !== undefined && !(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected ${FORMAT_NAMES.join(', ')})`);
  }
  if (v['zk-version'] !== undefined && !isZkVersion(v['zk-version'])) {
    throw new UsageError(`unknown ZooKeeper version "${v['zk-version']}" (expected ${ZK_VERSIONS.join(', ')})`);
  }
  if (v.myid !== undefined && !parseJavaLong(v.myid).ok) throw new UsageError(`--myid expects an integer (a Java long), got "${v.myid}"`);
  const args: CliArgs = {
    paths: parsed.positionals,
    failOn: 'error',
    inlineConfig: !(v['no-inline-config'] ?? false),
    includeSuppressed: v['include-suppressed'] ?? false,
    stdin: v.stdin ?? false,
    onHost: v['on-host'] ?? false,
    jvmFlags: v['jvm-flag'] ?? [],
    debug: v.debug ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
    quiet: v.quiet ?? false,
    fix: v.fix ?? false,
    unsafeFixes: v['unsafe-fixes'] ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
  };
  if (args.fix && args.fixDryRun) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: give one of them');
  if (args.unsafeFixes && !args.fix && !args.fixDryRun) throw new UsageError('--unsafe-fixes needs --fix (or --fix-dry-run to see them first)');
  // --color / --no-color: the last one given wins (a wrapper script may add one before the user's).
  for (const t of parsed.tokens ?? []) if (t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')) args.color = t.name === 'color';
  if (v['print-config'] !== undefined) {
    if (v['print-config'] === '') throw new UsageError('--print-config expects a file name');
    args.printConfig = v['print-config'];
  }
  if (v.rule) {
    const rules: Record<string, RuleFlagSeverity> = {};
    for (const r of v.rule) {
      const colon = r.lastIndexOf(':');
      const id = colon > 0 ? r.slice(0, colon) : '';
      const sev = r.slice(colon + 1);
      if (!id || !(RULE_FLAG_SEVERITIES as readonly string[]).includes(sev)) {
        throw new UsageError(`--rule expects id:severity with a severity of ${RULE_FLAG_SEVERITIES.join(', ')}, got "${r}"`);
      }
      if (Object.hasOwn(rules, id) && rules[id] !== sev) throw new UsageError(`--rule ${id} given twice with different severities`);
      rules[id] = sev as RuleFlagSeverity;
    }
    args.rules = rules;
  }
  if (format !== undefined) args.format = format as FormatName;
  if (v['fail-on'] !== undefined) {
    if (v['fail-on'] !== 'error' && v['fail-on'] !== 'warning') throw new UsageError(`--fail-on expects warning or error, got "${v['fail-on']}"`);
    args.failOn = v['fail-on'];
  }
  const mw = intFlag('max-warnings', v['max-warnings'], 0);
  if (mw !== undefined) args.maxWarnings = mw;
  // --quiet hides warnings, so a threshold that counts them would fail a run on findings it hides.
  if (args.quiet && (args.failOn === 'warning' || args.maxWarnings !== undefined)) {
    throw new UsageError(`--quiet reports errors only, so it cannot be combined with ${args.failOn === 'warning' ? '--fail-on warning' : '--max-warnings'}`);
  }
  for (const k of ['output', 'config', 'baseline', 'write-baseline', 'stdin-filename'] as const) {
    if (v[k] === '') throw new UsageError(`--${k} expects a file name`);
  }
  if (v.output !== undefined) args.output = v.output;
  if (v.config !== undefined) args.config = v.config;
  if (v.baseline !== undefined) args.baseline = v.baseline;
  if (v['write-baseline'] !== undefined) args.writeBaseline = v['write-baseline'];
  if ((args.fix || args.fixDryRun) && args.writeBaseline !== undefined) throw new UsageError('--write-baseline records findings as they are: run it without --fix');
  if (v['stdin-filename'] !== undefined) args.stdinFilename = v['stdin-filename'];
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError('--stdin-filename needs --stdin');
  const sf = v['stdin-format'];
  if (sf !== undefined) {
    if (sf !== 'auto' && sf !== 'zoo.cfg' && sf !== 'compose' && sf !== 'k8s') throw new UsageError(`--stdin-format expects auto, zoo.cfg, compose or k8s, got "${sf}"`);
    if (!args.stdin) throw new UsageError('--stdin-format needs --stdin');
    args.stdinFormat = sf;
  }
  if (args.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin takes no paths');
  const ft = intFlag('fault-tolerance', v['fault-tolerance'], 0);
  if (ft !== undefined) args.faultTolerance = ft;
  const max = intFlag('max-file-size', v['max-file-size'], 1);
  if (max !== undefined) args.maxFileBytes = max;
  if (v.myid !== undefined) args.myid = v.myid;
  if (v.root !== undefined) args.root = v.root;
  if (v['java-env'] !== undefined && v['env-file'] !== undefined && v['java-env'] !== v['env-file']) {
    throw new UsageError('--java-env and --env-file (the same flag) given with different files');
  }
  const javaEnv = v['java-env'] ?? v['env-file'];
  if (javaEnv === '') throw new UsageError('--java-env expects a file name');
  if (javaEnv !== undefined) args.envFile = javaEnv;
  if (v['zk-version'] !== undefined) args.zkVersion = v['zk-version'] as ZkVersion;
  const pairs = (name: string, list: string[] | undefined): Array<[string, string]> =>
    (list ?? []).map((p) => {
      const eq = p.indexOf('=');
      if (eq <= 0 || eq === p.length - 1) throw new UsageError(`--${name} expects a=b, got "${p}"`);
      return [p.slice(0, eq), p.slice(eq + 1)];
    });
  if (v.ensemble) {
    // A Map, not an object: names such as constructor, __proto__ or toString are just names.
    const ens = new Map<string, string[]>();
    for (const [k, g] of pairs('ensemble', v.ensemble)) {
      const list = ens.get(k);
      if (list) list.push(g);
      else ens.set(k, [g]);
    }
    args.ensembles = Object.fromEntries(ens);
  }
  if (v.zone) args.zones = Object.fromEntries(pairs('zone', v.zone));
  if (v.host) args.hosts = Object.fromEntries(pairs('host', v.host));
  for (const f of args.jvmFlags) {
    if (!/^(-D)?[^=\s]+=/.test(f)) throw new UsageError(`--jvm-flag expects -Dkey=value, got "${f}"`);
  }
  return args;
}
