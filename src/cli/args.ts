/** Command-line flags: parsed strictly, every mistake a one-line usage error. */
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, type FormatName } from '../format/index.js';
import { isZkVersion, ZK_VERSIONS, type ZkVersion } from '../model/version.js';
import { suggest } from '../util/suggest.js';
import { parseJavaLong } from '../model/java.js';

export class UsageError extends Error {}

export interface CliArgs {
  paths: string[];
  format: FormatName;
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
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'fault-tolerance': { type: 'string' },
  myid: { type: 'string' },
  root: { type: 'string' },
  'on-host': { type: 'boolean' },
  'zk-version': { type: 'string' },
  'jvm-flag': { type: 'string', multiple: true },
  'env-file': { type: 'string' },
  'max-file-size': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ensemble: { type: 'string', multiple: true },
  zone: { type: 'string', multiple: true },
  host: { type: 'string', multiple: true },
} as const;

export const USAGE = `Usage: zklint [options] [paths...]

Lints ZooKeeper server configs (zoo.cfg, *.cfg, zookeeper.properties) and their data directories.
Folders are searched for configs. Exit status: 0 no errors, 1 errors found, 2 usage or internal error.

Options:
  -f, --format <name>        stylish (default) | json
      --fault-tolerance <f>  require the ensemble to survive f server failures (needs 2f+1 voters)
      --myid <n>             this server's id, known from inventory (instead of <dataDir>/myid)
      --root <dir>           resolve absolute paths in the config inside this rendered tree
      --on-host              zklint runs on the ZooKeeper host: what is missing here is missing for ZooKeeper
      --zk-version <v>       ${ZK_VERSIONS.join(' | ')} (default 3.8)
      --jvm-flag <-Dk=v>     a JVM system property the server starts with (repeatable)
      --env-file <file>      read SERVER_JVMFLAGS / JVMFLAGS from a java.env or zookeeper-env.sh file
      --max-file-size <n>    largest config read, in bytes (default 16777216)
      --ensemble <name=glob> lint the configs matching glob as one ensemble (repeatable)
      --zone <host=zone>     the zone a server host is in, for zone-loss checks (repeatable)
      --host <node=host>     the host a node (folder name or config path) runs on (repeatable)
      --debug                show stack traces of internal errors

Several configs are grouped into ensembles by shared members and checked together.
  zklint explain [options] paths...   servers, quorum, failures survived, smallest breaking sets
  -h, --help                 show this help
  -v, --version              show the version`;

function intFlag(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} expects an integer ≥ ${min}, got "${v}"`);
  return Number(v);
}

export function parseCliArgs(argv: string[]): CliArgs {
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
  const format = v.format ?? 'stylish';
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected ${FORMAT_NAMES.join(', ')})`);
  }
  if (v['zk-version'] !== undefined && !isZkVersion(v['zk-version'])) {
    throw new UsageError(`unknown ZooKeeper version "${v['zk-version']}" (expected ${ZK_VERSIONS.join(', ')})`);
  }
  if (v.myid !== undefined && !parseJavaLong(v.myid).ok) throw new UsageError(`--myid expects an integer (a Java long), got "${v.myid}"`);
  const args: CliArgs = {
    paths: parsed.positionals,
    format: format as FormatName,
    onHost: v['on-host'] ?? false,
    jvmFlags: v['jvm-flag'] ?? [],
    debug: v.debug ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  const ft = intFlag('fault-tolerance', v['fault-tolerance'], 0);
  if (ft !== undefined) args.faultTolerance = ft;
  const max = intFlag('max-file-size', v['max-file-size'], 1);
  if (max !== undefined) args.maxFileBytes = max;
  if (v.myid !== undefined) args.myid = v.myid;
  if (v.root !== undefined) args.root = v.root;
  if (v['env-file'] !== undefined) args.envFile = v['env-file'];
  if (v['zk-version'] !== undefined) args.zkVersion = v['zk-version'] as ZkVersion;
  const pairs = (name: string, list: string[] | undefined): Array<[string, string]> =>
    (list ?? []).map((p) => {
      const eq = p.indexOf('=');
      if (eq <= 0 || eq === p.length - 1) throw new UsageError(`--${name} expects a=b, got "${p}"`);
      return [p.slice(0, eq), p.slice(eq + 1)];
    });
  if (v.ensemble) {
    const ens: Record<string, string[]> = {};
    for (const [k, g] of pairs('ensemble', v.ensemble)) ens[k] = [...(ens[k] ?? []), g];
    args.ensembles = ens;
  }
  if (v.zone) args.zones = Object.fromEntries(pairs('zone', v.zone));
  if (v.host) args.hosts = Object.fromEntries(pairs('host', v.host));
  for (const f of args.jvmFlags) {
    if (!/^(-D)?[^=\s]+=/.test(f)) throw new UsageError(`--jvm-flag expects -Dkey=value, got "${f}"`);
  }
  return args;
}
