/**
 * Self-test of the ZooKeeper oracle against the empirical matrix of
 * /work/shared/reference/zookeeper-config.md §11 (Debian 3.8.0 jar).
 * One JVM runs every case; the whole file takes a few seconds.
 * Without ZooKeeper installed this FAILS on purpose (it must not silently skip).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutZooKeeper } from '../support/prereq.js';
import { INSTALL_HINT, materialise, runOracle, zookeeperAvailable, type OracleCase, type OracleVerdict } from './oracle.js';

const root = mkdtempSync(join(tmpdir(), 'zklint-oracle-test-'));

interface Spec {
  files: (dir: string) => Record<string, string | Buffer>;
  jvmProps?: Record<string, string>;
}

const ensemble3 = 'server.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n';
const base = (dir: string, extra = ''): string =>
  `tickTime=2000\ninitLimit=5\nsyncLimit=2\ndataDir=${dir}/data\nclientPort=21810\n${extra}`;
const quorum = (dir: string, extra = ''): string => base(dir, ensemble3 + extra);

/** Case name -> files. Every case gets its own fresh directory under `root`. */
const specs: Record<string, Spec> = {
  standaloneValid: { files: (d) => ({ 'zoo.cfg': base(d), 'data/': '' }) },
  quorumValid: { files: (d) => ({ 'zoo.cfg': quorum(d), 'data/myid': '1\n' }) },
  missingMyid: { files: (d) => ({ 'zoo.cfg': quorum(d), 'data/': '' }) },
  myidTrailingSpace: { files: (d) => ({ 'zoo.cfg': quorum(d), 'data/myid': '1 ' }) },
  myidMinusOne: { files: (d) => ({ 'zoo.cfg': quorum(d), 'data/myid': '-1' }) },
  inlineComment: { files: (d) => ({ 'zoo.cfg': `dataDir=${d}/data\nclientPort=2181 # x\n` }) },
  myidNotInList: { files: (d) => ({ 'zoo.cfg': quorum(d), 'data/myid': '4' }) },
  fourServers: {
    files: (d) => ({ 'zoo.cfg': quorum(d, 'server.4=127.0.0.4:2888:3888\n'), 'data/myid': '1' }),
  },
  dataDirIsFile: { files: (d) => ({ 'zoo.cfg': base(d), data: 'not a directory' }) },
  multiAddressNoFlag: {
    files: (d) => ({
      'zoo.cfg': base(d, `multiAddress.enabled=true\nserver.1=127.0.0.1:2888:3888|127.0.0.5:2889:3889\n${ensemble3.split('\n').slice(1).join('\n')}`),
      'data/myid': '1',
    }),
  },
  multiAddressWithFlag: {
    files: (d) => ({
      'zoo.cfg': base(d, `server.1=127.0.0.1:2888:3888|127.0.0.5:2889:3889\n${ensemble3.split('\n').slice(1).join('\n')}`),
      'data/myid': '1',
    }),
    jvmProps: { 'zookeeper.multiAddress.enabled': 'true' },
  },
  // Same config again without the flag: the previous case's system property must be gone.
  multiAddressIsolation: {
    files: (d) => ({
      'zoo.cfg': base(d, `server.1=127.0.0.1:2888:3888|127.0.0.5:2889:3889\n${ensemble3.split('\n').slice(1).join('\n')}`),
      'data/myid': '1',
    }),
  },
  secureClientPortNio: { files: (d) => ({ 'zoo.cfg': base(d, 'secureClientPort=21811\n') }) },
  secureClientPortNetty: {
    files: (d) => ({
      'zoo.cfg': base(d, 'secureClientPort=21811\nserverCnxnFactory=org.apache.zookeeper.server.NettyServerCnxnFactory\n'),
    }),
  },
  relativeDataDirOneChar: { files: () => ({ 'zoo.cfg': 'clientPort=21810\ndataDir=x\n' }) },
  relativeDataDir: { files: (d) => ({ 'zoo.cfg': `clientPort=21810\ndataDir=reldata-${d.split('/').pop()}\n` }) },
  badCnxnFactory: { files: (d) => ({ 'zoo.cfg': base(d, 'serverCnxnFactory=com.example.Nope\n') }) },
  tickTimeZero: { files: (d) => ({ 'zoo.cfg': base(d).replace('tickTime=2000', 'tickTime=0') }) },
  portOutOfRange: { files: (d) => ({ 'zoo.cfg': base(d).replace('clientPort=21810', 'clientPort=70000') }) },
  oneServerLine: {
    files: (d) => ({ 'zoo.cfg': base(d, 'server.1=127.0.0.1:2888:3888\n'), 'data/': '' }),
  },
  noInitLimit: {
    files: (d) => ({ 'zoo.cfg': quorum(d).replace('initLimit=5\n', ''), 'data/myid': '1' }),
  },
  standaloneEnabledYes: { files: (d) => ({ 'zoo.cfg': base(d, 'standaloneEnabled=yes\n') }) },
  autocreateOff: { files: (d) => ({ 'zoo.cfg': base(d, 'datadir.autocreate=false\n'), 'data/': '' }) },
  // After autocreateOff: the pass-through property must not leak, so a missing dataDir is created.
  autocreateIsolation: { files: (d) => ({ 'zoo.cfg': base(d) }) },
  cnxTimeoutNotANumber: { files: (d) => ({ 'zoo.cfg': quorum(d, 'cnxTimeout=5s\n'), 'data/myid': '1' }) },
  currentEpochGarbage: {
    files: (d) => ({ 'zoo.cfg': quorum(d), 'data/myid': '1', 'data/version-2/currentEpoch': 'abc' }),
  },
  metricsProviderMissing: {
    files: (d) => ({ 'zoo.cfg': base(d, 'metricsProvider.className=com.example.Nope\n') }),
  },
  authProviderMissing: {
    files: (d) => ({ 'zoo.cfg': base(d, 'authProvider.1=com.example.NopeAuth\n') }),
  },
  reconfigEnabled: {
    files: (d) => ({ 'zoo.cfg': quorum(d, 'reconfigEnabled=true\n'), 'data/myid': '1' }),
  },
};

const names = Object.keys(specs);
let verdicts: Record<string, OracleVerdict> = {};
let batchMs = 0;

const NO_ZK = skipWithoutZooKeeper();

beforeAll(async () => {
  if (NO_ZK) return;
  if (!zookeeperAvailable()) {
    throw new Error(`ZooKeeper oracle unavailable: ${INSTALL_HINT}`);
  }
  const cases: OracleCase[] = names.map((name) => {
    const dir = join(root, name);
    materialise(dir, specs[name]!.files(dir));
    const c: OracleCase = { dir };
    if (specs[name]!.jvmProps) c.jvmProps = specs[name]!.jvmProps;
    return c;
  });
  const t0 = Date.now();
  const out = await runOracle(cases, { cwd: root });
  batchMs = Date.now() - t0;
  verdicts = Object.fromEntries(names.map((n, i) => [n, out[i]!]));
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const v = (name: string): OracleVerdict => {
  const r = verdicts[name];
  if (!r) throw new Error(`no verdict for ${name}`);
  return r;
};
const hasMessage = (name: string, text: string): void => {
  expect(v(name).messages.some((m) => m.includes(text)), JSON.stringify(v(name), null, 2)).toBe(true);
};
const hasWarning = (name: string, text: string): void => {
  expect(v(name).warnings.some((m) => m.includes(text)), JSON.stringify(v(name), null, 2)).toBe(true);
};

describe.skipIf(NO_ZK)('ZooKeeper 3.8 oracle (real QuorumPeerMain code paths)', () => {
  it('runs one JVM for the whole batch, verdicts in order', () => {
    expect(Object.keys(verdicts)).toHaveLength(names.length);
    for (const [i, n] of names.entries()) expect(v(n).id).toBe(join(root, names[i]!));
    // informational
    console.info(`oracle: ${names.length} cases in ${batchMs} ms (JVM start + compile cache included)`);
  });

  it('accepts a valid standalone config', () => {
    expect(v('standaloneValid')).toMatchObject({ accepted: true, exitCode: 0, mode: 'standalone', stderr: '' });
    expect(v('standaloneValid').warnings).toEqual([]);
  });

  it('accepts a valid 3-server quorum member', () => {
    expect(v('quorumValid')).toMatchObject({ accepted: true, exitCode: 0, mode: 'quorum' });
  });

  it('missing myid in a quorum config -> exit 2, "myid file is missing"', () => {
    expect(v('missingMyid')).toMatchObject({ accepted: false, exitCode: 2, stderr: 'Invalid config, exiting abnormally', mode: null });
    hasMessage('missingMyid', 'myid file is missing');
    expect(v('missingMyid').exception).toBe('org.apache.zookeeper.server.quorum.QuorumPeerConfig$ConfigException');
  });

  it('myid "1 " -> "serverid 1  is not a number"; myid -1 -> "myid file is missing"', () => {
    expect(v('myidTrailingSpace').exitCode).toBe(2);
    hasMessage('myidTrailingSpace', 'serverid 1  is not a number');
    expect(v('myidMinusOne').exitCode).toBe(2);
    hasMessage('myidMinusOne', 'myid file is missing');
  });

  it('inline "#" is part of the value', () => {
    expect(v('inlineComment').exitCode).toBe(2);
    hasMessage('inlineComment', 'For input string: "2181 # x"');
  });

  it('myid not in the server list -> exit 1, empty stderr', () => {
    expect(v('myidNotInList')).toMatchObject({ accepted: false, exitCode: 1, stderr: '', mode: 'quorum' });
    hasMessage('myidNotInList', 'My id 4 not in the peer list');
  });

  it('4 servers -> accepted with the Non-optimal warning', () => {
    expect(v('fourServers')).toMatchObject({ accepted: true, exitCode: 0, mode: 'quorum' });
    hasWarning('fourServers', 'Non-optimal configuration, consider an odd number of servers.');
  });

  it('dataDir is a regular file -> exit 3', () => {
    expect(v('dataDirIsFile')).toMatchObject({ exitCode: 3, stderr: 'Unable to access datadir, exiting abnormally' });
    hasMessage('dataDirIsFile', 'Unable to create data directory');
  });

  it('"|" needs -Dzookeeper.multiAddress.enabled=true, not the zoo.cfg key', () => {
    expect(v('multiAddressNoFlag').exitCode).toBe(2);
    hasMessage('multiAddressNoFlag', 'Multiple address feature is disabled');
    expect(v('multiAddressWithFlag')).toMatchObject({ accepted: true, exitCode: 0, mode: 'quorum' });
    expect(v('multiAddressIsolation').exitCode).toBe(2); // jvm.properties did not leak
  });

  it('secureClientPort with NIO -> exit 1; with Netty -> accepted', () => {
    expect(v('secureClientPortNio')).toMatchObject({ exitCode: 1, stderr: '' });
    hasMessage('secureClientPortNio', "SSL isn't supported in NIOServerCnxn");
    expect(v('secureClientPortNio').exception).toBe('java.lang.UnsupportedOperationException');
    expect(v('secureClientPortNetty')).toMatchObject({ accepted: true, exitCode: 0 });
  });

  it('relative dataDir: 1 char crashes (exit 1), longer is a WARN resolved against cwd', () => {
    expect(v('relativeDataDirOneChar')).toMatchObject({ exitCode: 1, stderr: '', mode: null });
    expect(v('relativeDataDirOneChar').exception).toBe('java.lang.StringIndexOutOfBoundsException');
    expect(v('relativeDataDir')).toMatchObject({ accepted: true, mode: 'standalone' });
    hasWarning('relativeDataDir', 'is relative. Prepend ./ to indicate that you\'re sure!');
    expect(v('relativeDataDir').warnings.filter((w) => w.includes('is relative'))).toHaveLength(2); // parsed twice
    expect(existsSync(join(root, 'reldata-relativeDataDir', 'version-2'))).toBe(true);
  });

  it('unknown serverCnxnFactory -> exit 1 "Couldn\'t instantiate"', () => {
    expect(v('badCnxnFactory').exitCode).toBe(1);
    hasMessage('badCnxnFactory', "Couldn't instantiate com.example.Nope");
  });

  it('parse-time FATALs -> exit 2', () => {
    hasMessage('tickTimeZero', 'tickTime is not set');
    hasMessage('portOutOfRange', 'port out of range:70000');
    hasMessage('noInitLimit', 'initLimit is not set');
    hasMessage('standaloneEnabledYes', 'Invalid option yes for standaloneEnabled');
    hasMessage('metricsProviderMissing', 'metrics provider class was not found');
    for (const n of ['tickTimeZero', 'portOutOfRange', 'noInitLimit', 'standaloneEnabledYes', 'metricsProviderMissing']) {
      expect(v(n)).toMatchObject({ accepted: false, exitCode: 2, stderr: 'Invalid config, exiting abnormally' });
    }
  });

  it('one server line -> ERROR-log (twice) then standalone', () => {
    expect(v('oneServerLine')).toMatchObject({ accepted: true, mode: 'standalone' });
    const errs = v('oneServerLine').warnings.filter((w) => w.includes('only one server specified (ignoring)'));
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatch(/^ERROR org\.apache\.zookeeper\.server\.quorum\.QuorumPeerConfig: /);
  });

  it('datadir.autocreate=false -> exit 3, and the property does not leak into the next case', () => {
    expect(v('autocreateOff').exitCode).toBe(3);
    hasMessage('autocreateOff', 'Missing data directory');
    expect(v('autocreateIsolation')).toMatchObject({ accepted: true, exitCode: 0 });
  });

  it('cnxTimeout=5s -> NumberFormatException at quorum start, exit 2 with the usage line', () => {
    expect(v('cnxTimeoutNotANumber')).toMatchObject({ exitCode: 2, stderr: 'Usage: QuorumPeerMain configfile' });
    hasMessage('cnxTimeoutNotANumber', 'For input string: "5s"');
  });

  it('currentEpoch garbage -> exit 1 "Unable to run quorum server"', () => {
    expect(v('currentEpochGarbage')).toMatchObject({ exitCode: 1, stderr: '' });
    hasMessage('currentEpochGarbage', 'Unable to run quorum server');
    hasMessage('currentEpochGarbage', 'Found abc in');
  });

  it('missing auth provider class is only a WARN', () => {
    expect(v('authProviderMissing')).toMatchObject({ accepted: true });
    hasWarning('authProviderMissing', 'Problems loading com.example.NopeAuth');
  });

  it('reconfigEnabled=true writes zoo.cfg.bak at parse time', () => {
    expect(v('reconfigEnabled')).toMatchObject({ accepted: true, mode: 'quorum' });
    expect(existsSync(join(root, 'reconfigEnabled', 'zoo.cfg.bak'))).toBe(true);
  });
});
