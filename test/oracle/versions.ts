/**
 * Which real ZooKeeper builds the oracle can run, and where their jars are.
 *
 *   3.8  Debian's installed `zookeeper` package: /usr/share/java/zookeeper.jar (3.8.0)
 *   3.4  `libzookeeper-java` 3.4.13 from bullseye, unpacked by scripts/fetch-zookeeper.sh
 *   3.9  `libzookeeper-java` from trixie (3.9.3) and sid (newest 3.9), same script
 *
 * The fetched builds live in `${ZKLINT_ZK_CACHE:-~/.cache/zklint-zk}/<version>/usr/share/java/`,
 * listed in `versions.tsv` there. A release line ("3.9") means its newest fetched version; a
 * full version ("3.9.3") means exactly that one. All of them run on the machine's JDK with
 * Debian's dependency jars from /usr/share/java (slf4j, log4j 1.2, Jetty, Netty, ...).
 */
import { javaAvailable } from '../support/java.js';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

export const ORACLE_LINES = ['3.4', '3.8', '3.9'] as const;
export type OracleLine = (typeof ORACLE_LINES)[number];

const JAVA_DIR = '/usr/share/java';
const LOGGING = [`${JAVA_DIR}/slf4j-api.jar`, `${JAVA_DIR}/slf4j-log4j12.jar`, `${JAVA_DIR}/log4j-1.2.jar`];
/** Lets AdminServerFactory build Jetty's AdminServer, as in Apache's tarball (3.5+). */
export const SERVLET_API = `${JAVA_DIR}/servlet-api.jar`;

export interface ZkInstall {
  /** Release line: "3.4", "3.8", "3.9". */
  line: OracleLine;
  /** Exact version of the jar, e.g. "3.9.6". */
  version: string;
  /** Classpath (ZooKeeper's own jars first: their manifests pull in the rest). */
  classpath: string[];
  /** Harness source file in test/oracle/ and its main class. */
  source: 'ZkOracle.java' | 'Zk34Oracle.java';
  mainClass: string;
}

export function zkCacheDir(): string {
  return process.env['ZKLINT_ZK_CACHE'] ?? join(homedir(), '.cache', 'zklint-zk');
}

/** Versions listed in the cache's versions.tsv whose jar is present. */
export function fetchedVersions(): string[] {
  const tsv = join(zkCacheDir(), 'versions.tsv');
  if (!existsSync(tsv)) return [];
  return readFileSync(tsv, 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0] ?? '')
    .filter((v) => v !== '' && existsSync(join(zkCacheDir(), v, 'usr/share/java/zookeeper.jar')));
}

const cmp = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

function installed38(): string | undefined {
  const jar = `${JAVA_DIR}/zookeeper.jar`;
  if (!existsSync(jar)) return undefined;
  try {
    const m = /zookeeper-(\d+\.\d+\.\d+)\.jar$/.exec(basename(readlinkSync(jar)));
    return m?.[1] ?? '3.8.0';
  } catch {
    return '3.8.0';
  }
}

/** The install for a release line or an exact version, or undefined when its jars are missing. */
export function zkInstall(want: string): ZkInstall | undefined {
  const line = want.split('.').slice(0, 2).join('.') as OracleLine;
  if (!ORACLE_LINES.includes(line)) return undefined;
  if (line === '3.8') {
    const version = installed38();
    if (!version || (want !== line && want !== version)) return undefined;
    if (!LOGGING.every((j) => existsSync(j))) return undefined;
    const classpath = [`${JAVA_DIR}/zookeeper.jar`, ...LOGGING, ...(existsSync(SERVLET_API) ? [SERVLET_API] : [])];
    return { line, version, classpath, source: 'ZkOracle.java', mainClass: 'org.apache.zookeeper.server.quorum.ZkOracle' };
  }
  const candidates = fetchedVersions()
    .filter((v) => (want === line ? v.startsWith(`${line}.`) : v === want))
    .sort(cmp);
  const version = candidates[candidates.length - 1];
  if (!version || !LOGGING.every((j) => existsSync(j))) return undefined;
  const dir = join(zkCacheDir(), version, 'usr/share/java');
  if (line === '3.4') {
    return {
      line,
      version,
      classpath: [join(dir, 'zookeeper.jar'), ...LOGGING],
      source: 'Zk34Oracle.java',
      mainClass: 'org.apache.zookeeper.server.quorum.Zk34Oracle',
    };
  }
  // The jute jar of the same version goes first: zookeeper.jar's manifest names Debian's
  // installed (3.8) /usr/share/java/zookeeper-jute.jar, whose classes differ.
  return {
    line,
    version,
    classpath: [join(dir, 'zookeeper-jute.jar'), join(dir, 'zookeeper.jar'), ...LOGGING, ...(existsSync(SERVLET_API) ? [SERVLET_API] : [])],
    source: 'ZkOracle.java',
    mainClass: 'org.apache.zookeeper.server.quorum.ZkOracle',
  };
}

export function missingHint(want: string): string {
  return want.startsWith('3.8')
    ? 'real ZooKeeper 3.8 is needed for the oracle: run `apt-get install -y zookeeper` (Debian package; ' +
        'provides /usr/share/java/zookeeper.jar, slf4j-log4j12, log4j-1.2 and a JRE) and a JDK (javac)'
    : `real ZooKeeper ${want} is needed for the oracle: run scripts/fetch-zookeeper.sh (unpacks Debian's ` +
        `libzookeeper-java into ${zkCacheDir()}), with the zookeeper package installed for its dependency jars`;
}

const told = new Set<string>();


/**
 * The install a test suite needs. In CI (`CI` set and not "false") a missing one is an error with
 * the way to get it; locally the suite is skipped and says so once.
 */
export function requireZk(want: string): ZkInstall | undefined {
  const got = zkInstall(want);
  if (got && javaAvailable()) return got;
  const ci = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
  if (ci) throw new Error(missingHint(want));
  if (!told.has(want)) {
    told.add(want);
    console.warn(`skipping the ZooKeeper ${want} oracle: ${missingHint(want)}`);
  }
  return undefined;
}
