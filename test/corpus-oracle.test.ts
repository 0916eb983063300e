/**
 * The real-world corpus judged by real ZooKeeper 3.8, 3.4 and 3.9 (each with zklint's matching
 * --zk-version): every file of kind `config` or `rendered`
 * in ../shared/corpus/real is copied into a fresh case directory and both ZooKeeper (the oracle)
 * and zklint judge the SAME bytes. The only rewrites, applied to the copy both of them read:
 *   - absolute `dataDir` / `dataLogDir` values point into the case directory (ZooKeeper would
 *     otherwise create directories all over this machine);
 *   - host names resolve to 127.0.0.1 through a hosts file (the oracle JVM gets it as
 *     -Djdk.net.hosts.file; zklint never resolves names);
 *   - a quorum config gets `<dataDir>/myid` holding the id of its first server line
 *     (ZooKeeper cannot start a quorum member without it; an operator would have one), and a
 *     second copy without myid is judged too.
 * Agreement: ZooKeeper refuses ⇒ zklint has an error whose `zookeeper.says` is in ZooKeeper's
 * words; ZooKeeper accepts ⇒ zklint has no error.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../src/index.js';
import { buildConfigFile } from '../src/model/config-file.js';
import { isDynamicOnly } from '../src/model/zk-model.js';
import type { ZkVersion } from '../src/model/version.js';
import { runOracle, type OracleVerdict } from './oracle/oracle.js';
import { requireZk } from './oracle/versions.js';
import { agreement } from './support/agreement.js';
import { sharedDir, skipWithoutShared, skipWithoutZooKeeper } from './support/prereq.js';

// ../shared/corpus/real (test/support/prereq.ts: skipped in a user's clone without it, required in CI).
const CORPUS = process.env['ZKLINT_CORPUS'] ?? join(sharedDir() ?? '../shared', 'corpus/real');
const SKIP = skipWithoutShared() && !process.env['ZKLINT_CORPUS'];

interface CorpusCase {
  zk: string;
  file: string;
  /** Why real ZooKeeper cannot judge this file here (skipped), or which zklint gap it shows. */
  skip?: string;
  gap?: string;
  dir: string;
  config: string;
  /** Relative paths in the config resolve against the JVM's working directory: needs its own JVM. */
  relative: boolean;
  myid?: string;
}

function rows(): Array<{ file: string; kind: string }> {
  if (!existsSync(join(CORPUS, 'INDEX.tsv'))) return [];
  return readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((r) => r.split('\t'))
    .map(([file, , , , kind]) => ({ file: file as string, kind: kind as string }));
}

const scratch = mkdtempSync(join(tmpdir(), 'zklint-corpus-oracle-'));
const hosts = new Set<string>(['localhost']);

/** Latin-1 in, Latin-1 out: Properties reads zoo.cfg as ISO-8859-1, so the bytes survive unchanged. */
function prepare(zk: string, file: string, n: number, writeMyid = true): CorpusCase {
  const dir = join(scratch, zk, String(n).padStart(3, '0') + (writeMyid ? '' : '-nomyid'));
  mkdirSync(dir, { recursive: true });
  let text = readFileSync(join(CORPUS, file)).toString('latin1');
  // Only whole logical lines `dataDir=/abs` / `dataLogDir=/abs` (no continuation) are rewritten.
  text = text.replace(/^([ \t\f]*)(dataDir|dataLogDir)([ \t\f]*[=:][ \t\f]*|[ \t\f]+)(\/[^\r\n]*?)([ \t\f]*)$/gm, (m, ind, key, sep, value: string, tail) =>
    value.endsWith('\\') ? m : `${ind}${key}${sep}${join(dir, key === 'dataDir' ? 'data' : 'datalog')}${tail}`,
  );
  const config = join(dir, 'zoo.cfg');
  writeFileSync(config, Buffer.from(text, 'latin1'));

  const parsed = buildConfigFile({ path: config, text, lineStarts: [0] });
  let relative = false;
  for (const k of ['dataDir', 'dataLogDir', 'dynamicConfigFile']) {
    const v = parsed.effective.get(k)?.value;
    if (v !== undefined && !isAbsolute(v)) relative = true;
  }
  const serverIds: string[] = [];
  for (const occ of parsed.occurrences) {
    if (occ.key.startsWith('server.')) {
      serverIds.push(occ.key.slice('server.'.length));
      const host = occ.entry.value.replace(/^\[([^\]]*)\].*$/, '$1').split(/[:;|]/)[0] ?? '';
      if (host && !/^[\d.]+$/.test(host) && !host.includes(':')) hosts.add(host.trim());
    }
    if (occ.key === 'clientPortAddress' || occ.key === 'secureClientPortAddress') {
      if (!/^[\d.]+$/.test(occ.value) && occ.value !== '' && !occ.value.includes(':')) hosts.add(occ.value);
    }
  }
  const c: CorpusCase = { zk, file: writeMyid ? file : `${file} (without myid)`, dir, config, relative };
  if (isDynamicOnly(parsed)) c.skip = 'a dynamic membership file, not a zoo.cfg: ZooKeeper never reads it as one';
  const provider = parsed.effective.get('metricsProvider.className')?.value ?? '';
  if (/prometheus/i.test(provider) && zk !== '3.4') c.skip = 'needs the Prometheus metrics provider jar, which the Debian package does not ship';
  if (zk === '3.4' && /NettyServerCnxnFactory/.test(parsed.effective.get('serverCnxnFactory')?.value ?? '')) {
    c.skip = "Debian's 3.4.13 jar ships no Netty classes (upstream's does): an oracle limit, not a verdict";
  }
  const dataDir = parsed.effective.get('dataDir')?.value;
  const quorum = new Set(serverIds).size > 1 || parsed.effective.get('standaloneEnabled')?.value === 'false';
  if (quorum && dataDir && dataDir.length >= 2 && serverIds[0] !== undefined) {
    const dd = isAbsolute(dataDir) ? dataDir : join(dir, dataDir);
    if (dd.startsWith(dir)) {
      mkdirSync(dd, { recursive: true });
      c.myid = serverIds[0];
      if (writeMyid) writeFileSync(join(dd, 'myid'), `${serverIds[0]}\n`);
    }
  }
  return c;
}

/** 3.8 first (the line every other suite checks), then 3.4 and 3.9; a version whose jars are missing is skipped (CI: an error). */
const VERSIONS = skipWithoutZooKeeper() ? [] : ['3.8', '3.4', '3.9'].filter((zk) => requireZk(zk) !== undefined);
const all: CorpusCase[] = SKIP
  ? []
  : VERSIONS.flatMap((zk) =>
      rows()
        .filter((r) => r.kind === 'config' || r.kind === 'rendered')
        .flatMap((r, i) => {
          const c = prepare(zk, r.file, i);
          // A quorum member without its myid: the commonest first-start failure, judged on real files too.
          return c.myid === undefined ? [c] : [c, prepare(zk, r.file, i, false)];
        }),
    );
const cases = all.filter((c) => !c.skip);
const verdicts = new Map<CorpusCase, OracleVerdict>();
const hostsFile = join(scratch, 'hosts');

beforeAll(async () => {
  if (SKIP) return;
  writeFileSync(hostsFile, [...hosts].map((h) => `127.0.0.1 ${h}\n`).join(''));
  // zklint judges before ZooKeeper writes into the case directory; one JVM per version for the
  // absolute-path configs, one per case for relative ones (their working directory is the case).
  await Promise.all(
    VERSIONS.map(async (zk) => {
      const mine = cases.filter((c) => c.zk === zk);
      const together = mine.filter((c) => !c.relative);
      const alone = mine.filter((c) => c.relative);
      const vs = await runOracle(together.map((c) => ({ dir: c.dir })), { cwd: scratch, hostsFile, zk });
      together.forEach((c, i) => verdicts.set(c, vs[i] as OracleVerdict));
      for (let c = alone.shift(); c; c = alone.shift()) {
        const [v] = await runOracle([{ dir: c.dir }], { cwd: c.dir, hostsFile, zk });
        verdicts.set(c, v as OracleVerdict);
      }
    }),
  );
}, 1_800_000);

afterAll(() => {
  if (process.env['ZKLINT_CORPUS_SUMMARY']) {
    const judged = cases.filter((c) => !c.gap && verdicts.has(c));
    const refused = judged.filter((c) => !verdicts.get(c)?.accepted);
    const agree = judged.filter((c) => {
      const diags = (diagnostics.get(c) ?? []).flatMap((r) => r.diagnostics);
      return agreement(verdicts.get(c) as OracleVerdict, diags).ok;
    });
    console.log(
      `corpus: ${all.length} cases, ${all.length - cases.length} skipped, ${cases.length - judged.length} known gaps, ` +
        `${judged.length} judged (${refused.length} refused by ZooKeeper), ${agree.length} agreements`,
    );
  }
  rmSync(scratch, { recursive: true, force: true });
});

const diagnostics = new Map<CorpusCase, ReturnType<typeof lintFile>>();
for (const c of cases) diagnostics.set(c, lintFile(c.config, { onHost: true, cwd: c.dir, zkVersion: c.zk as ZkVersion }));

// No ZooKeeper here (a user's clone; test/support/prereq.ts says so once): nothing to judge against.
describe.skipIf(VERSIONS.length > 0)('the real-world corpus judged by real ZooKeeper', () => {
  it.skip('needs real ZooKeeper (3.8, 3.4, 3.9) and a JDK: .ci/run installs them', () => {});
});

for (const zk of VERSIONS) {
  describe.skipIf(SKIP)(`zklint agrees with real ZooKeeper ${zk} on the real-world corpus (--zk-version ${zk})`, () => {
    const mine = cases.filter((c) => c.zk === zk);
    it('has corpus files to judge', () => expect(mine.length).toBeGreaterThan(100));
    it('skips only files ZooKeeper cannot judge here, each for a stated reason', () => {
      const skipped = all.filter((c) => c.zk === zk && c.skip);
      expect(skipped.length).toBeLessThan(all.filter((c) => c.zk === zk).length / 5);
      for (const c of skipped) expect(c.skip, c.file).toMatch(/\w/);
    });
    for (const c of mine) {
      it(c.file, () => {
        const v = verdicts.get(c) as OracleVerdict;
        expect(v.exitCode, `oracle failed: ${v.messages.join(' / ')}`).not.toBe(-1);
        const diags = (diagnostics.get(c) ?? []).flatMap((r) => r.diagnostics);
        const a = agreement(v, diags);
        expect(a.ok, a.explain).toBe(true);
      });
    }
  });
}
