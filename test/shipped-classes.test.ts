/**
 * The lists of ZooKeeper's own classes that rules rely on (src/model/classes.ts), compared with the
 * real jars of each version this machine has: the classes of org.apache.zookeeper.server.auth, and
 * the packages of zookeeper.jar and zookeeper-jute.jar. Without a jar (a clone with no ZooKeeper)
 * the suite is skipped and says why; in CI a missing jar is an error (requireZk).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTH_PACKAGE_CLASSES, AUTH_PROVIDERS, isZooKeeperPackage, ZOOKEEPER_PACKAGES } from '../src/model/classes.js';
import { unloadableProvider } from '../src/model/auth-providers.js';
import { requireZk } from './oracle/versions.js';
import { runOracle } from './oracle/oracle.js';

/** The entries of a jar (a zip), by `unzip -Z1` or else the JDK's `jar tf`; undefined when neither runs. */
function entries(jar: string): string[] | undefined {
  for (const [cmd, args] of [['unzip', ['-Z1', jar]], ['jar', ['tf', jar]]] as const) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status === 0) return r.stdout.split('\n').filter(Boolean);
  }
  return undefined;
}

const classNames = (list: string[]) => list.filter((e) => e.endsWith('.class')).map((e) => e.slice(0, -'.class'.length).replaceAll('/', '.'));

const installs = ['3.8', '3.9'].map((line) => requireZk(line)).filter((z) => z !== undefined);
const seen = new Set<string>();

describe.skipIf(installs.length === 0)('ZooKeeper classes zklint knows, against the real jars', () => {
  for (const zk of installs) {
    const jar = zk.classpath.find((j) => j.endsWith('/zookeeper.jar')) as string;
    // 3.9's jute jar sits beside its zookeeper.jar; 3.8's is Debian's installed one.
    const jute = zk.classpath.find((j) => j.endsWith('/zookeeper-jute.jar')) ?? join(dirname(jar), 'zookeeper-jute.jar');

    it(`${zk.version}: org.apache.zookeeper.server.auth holds exactly AUTH_PACKAGE_CLASSES`, () => {
      const list = entries(jar);
      expect(list, `cannot list ${jar} (unzip or jar)`).toBeDefined();
      const auth = classNames(list as string[]).filter((c) => /^org\.apache\.zookeeper\.server\.auth\.[^.]+$/.test(c));
      expect(auth.sort()).toEqual([...AUTH_PACKAGE_CLASSES].sort());
    });

    it(`${zk.version}: every package of zookeeper.jar and zookeeper-jute.jar is in ZOOKEEPER_PACKAGES`, () => {
      const packages = new Set<string>();
      for (const j of [jar, jute]) {
        const list = entries(j);
        expect(list, `cannot list ${j}`).toBeDefined();
        for (const c of classNames(list as string[])) if (c.startsWith('org.apache.zookeeper.')) packages.add(c.slice(0, c.lastIndexOf('.')));
      }
      for (const p of packages) seen.add(p);
      expect([...packages].filter((p) => !ZOOKEEPER_PACKAGES.includes(p))).toEqual([]);
    });
  }

  for (const zk of installs) {
    it(`${zk.version}: ZooKeeper logs "Problems loading" for exactly the provider names zklint says it skips`, async () => {
      // Every class of the auth package (nested ones too), the package itself, its parent, a
      // misspelling and a case flip, one standalone config each, in one JVM.
      const names = [...AUTH_PACKAGE_CLASSES, 'org.apache.zookeeper.server.auth', 'org.apache.zookeeper.server', 'org.apache.zookeeper.server.auth.SASLAuthenthcationProvider', 'org.apache.zookeeper.server.auth.SASLAuthentiCationProvider',
        // Right in ZooKeeper's other packages, shipped or not (found by the gate, seed 777002: a cut name).
        'org.apache.zookeeper.server.a', 'org.apache.zookeeper.server.ZooKeeperServer', 'org.apache.zookeeper.common.X509Util', 'org.apache.zookeeper.server.quorum.auth.QuorumAuth',
        'org.apache.zookeeper.server.DigestAuthenticationProvider'];
      const root = mkdtempSync(join(tmpdir(), 'zklint-auth-classes-'));
      try {
        const cases = names.map((name, i) => {
          const dir = join(root, `c${i}`);
          mkdirSync(join(dir, 'data'), { recursive: true });
          writeFileSync(join(dir, 'zoo.cfg'), `dataDir=${join(dir, 'data')}\nclientPort=0\nadmin.enableServer=false\nauthProvider.1=${name}\n`);
          return { dir };
        });
        const verdicts = await runOracle(cases, { zk: zk.line, cwd: root });
        const wrong = names.filter((name, i) => {
          const skipped = verdicts[i]!.warnings.some((w) => w.includes(`Problems loading ${name}`));
          return skipped !== (unloadableProvider(name) !== undefined);
        });
        expect(verdicts.every((v) => v.accepted), JSON.stringify(verdicts.filter((v) => !v.accepted).map((v) => v.messages))).toBe(true);
        expect(wrong).toEqual([]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }, 120_000);
  }

  it.skipIf(installs.length < 2)('every entry of ZOOKEEPER_PACKAGES is a package of one of those jars', () => {
    expect(ZOOKEEPER_PACKAGES.filter((p) => !seen.has(p))).toEqual([]);
  });
});

describe('what the lists decide (no jar needed)', () => {
  it('a package name, or a parent of one, is no class; a class is not a package', () => {
    expect(isZooKeeperPackage('org.apache.zookeeper.server')).toBe(true);
    expect(isZooKeeperPackage('org.apache')).toBe(true);
    expect(isZooKeeperPackage('org.apache.zookeeper.server.auth.SASLAuthenticationProvider')).toBe(false);
    expect(isZooKeeperPackage('com.example.auth')).toBe(false);
  });

  it('providers: a misspelled class in the auth package or a package name is skipped; real and custom ones are not judged', () => {
    expect(unloadableProvider('org.apache.zookeeper.server.auth.SASLAuthenthcationProvider')).toMatch(/no class of ZooKeeper's/);
    expect(unloadableProvider('org.apache.zookeeper.server')).toMatch(/packages, not a class/);
    expect(unloadableProvider('org.apache.zookeeper.server.auth.X509AuthenticationProvider')).toBeUndefined();
    expect(unloadableProvider('org.apache.zookeeper.server.auth.custom.MyProvider')).toBeUndefined();
    expect(unloadableProvider('com.example.zk.MyProvider')).toBeUndefined();
    expect(unloadableProvider('org.apache.zookeeper.server.auth.KerberosName')).toMatch(/not an authentication provider/);
    expect(unloadableProvider('org.apache.zookeeper.server.a')).toMatch(/holds no authentication provider/);
  });

  it('every class of the auth package has a fixture: providers quiet, the rest skipped', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'auth-provider-unloadable');
    const named = (prefix: string) =>
      readdirSync(dir)
        .filter((f) => f.startsWith(prefix))
        .map((f) => /authProvider\.1=(\S+)/.exec(readFileSync(join(dir, f, 'zoo.cfg'), 'latin1'))?.[1]);
    const topLevel = [...AUTH_PACKAGE_CLASSES].filter((c) => !c.includes('$'));
    expect(named('quiet-').filter((c) => c !== undefined && AUTH_PACKAGE_CLASSES.has(c)).sort()).toEqual([...AUTH_PROVIDERS].sort());
    expect(named('fires-not-provider-').sort()).toEqual(topLevel.filter((c) => !AUTH_PROVIDERS.has(c)).sort());
  });
});
