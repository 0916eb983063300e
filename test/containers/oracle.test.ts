/**
 * Proof against the real thing, for a generated set of env-var cases per image:
 * 1. goldens: each container's rendered zoo.cfg and myid (test/containers/golden/, derived by
 *    reading the images' entrypoints; review a diff there as a change of claimed image behaviour);
 * 2. the rendered configs run through real ZooKeeper of the image's release line (test/oracle/):
 *    ZooKeeper refuses ⇔ zklint has an error, and that error is on the YAML line responsible.
 * Without the jars of a line, its cases are skipped locally and fail in CI (requireZk).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContainerText } from '../../src/index.js';
import { renderedText } from '../../src/containers/render/types.js';
import { createMemoryFileSystem } from '../../src/fs.js';
import { materialise, runOracle } from '../oracle/oracle.js';
import { requireZk } from '../oracle/versions.js';

type Env = Record<string, string>;
interface Case {
  name: string;
  image: string;
  /** One env per service (zk1, zk2, …). */
  services: Env[];
  /** ZooKeeper's line for the image (what the oracle runs). */
  zk: '3.4' | '3.8' | '3.9';
  /** When ZooKeeper refuses: the variable responsible (its YAML line must carry an error). */
  refusedBy?: string;
}

const servers = (suffix: string) => [1, 2, 3].map((i) => `server.${i}=zk${i}:2888:3888${suffix}`).join(' ');
const three = (extra: (i: number) => Env = () => ({})): Env[] => [1, 2, 3].map((i) => ({ ZOO_MY_ID: String(i), ZOO_SERVERS: servers(';2181'), ...extra(i) }));

const CASES: Case[] = [
  // official image, 3.9
  { name: 'official-3.9-single', image: 'zookeeper:3.9.3', zk: '3.9', services: [{ ZOO_MY_ID: '1' }] },
  { name: 'official-3.9-three', image: 'zookeeper:3.9.3', zk: '3.9', services: three() },
  { name: 'official-3.9-servers-3.4-style', image: 'zookeeper:3.9.3', zk: '3.9', services: three((i) => ({ ZOO_SERVERS: servers(''), ZOO_MY_ID: String(i) })) },
  { name: 'official-3.9-myid-not-a-number', image: 'zookeeper:3.9.3', zk: '3.9', services: [{ ZOO_MY_ID: 'one' }], refusedBy: 'ZOO_MY_ID' },
  { name: 'official-3.9-tick-time-unit', image: 'zookeeper:3.9.3', zk: '3.9', services: [{ ZOO_MY_ID: '1', ZOO_TICK_TIME: '2s' }], refusedBy: 'ZOO_TICK_TIME' },
  { name: 'official-3.9-myid-not-listed', image: 'zookeeper:3.9.3', zk: '3.9', services: [{ ZOO_MY_ID: '4', ZOO_SERVERS: servers(';2181') }], refusedBy: 'ZOO_MY_ID' },
  { name: 'official-3.9-cfg-extra-split', image: 'zookeeper:3.9.3', zk: '3.9', services: [{ ZOO_MY_ID: '1', ZOO_CFG_EXTRA: '4lw.commands.whitelist=srvr, mntr' }] },
  { name: 'official-3.9-sync-limit-empty-extra', image: 'zookeeper:3.9.3', zk: '3.9', services: [{ ZOO_MY_ID: '1', ZOO_CFG_EXTRA: 'syncLimit=two' }], refusedBy: 'ZOO_CFG_EXTRA' },
  // official image, 3.8
  { name: 'official-3.8-three', image: 'zookeeper:3.8.4', zk: '3.8', services: three() },
  { name: 'official-3.8-init-limit-word', image: 'zookeeper:3.8.4', zk: '3.8', services: [{ ZOO_MY_ID: '1', ZOO_INIT_LIMIT: 'ten' }], refusedBy: 'ZOO_INIT_LIMIT' },
  // official image, 3.4 (writes clientPort=2181 itself)
  { name: 'official-3.4-three', image: 'zookeeper:3.4.14', zk: '3.4', services: three((i) => ({ ZOO_SERVERS: servers(''), ZOO_MY_ID: String(i) })) },
  { name: 'official-3.4-myid-word', image: 'zookeeper:3.4.14', zk: '3.4', services: three((i) => ({ ZOO_SERVERS: servers(''), ZOO_MY_ID: i === 2 ? 'two' : String(i) })), refusedBy: 'ZOO_MY_ID' },
  // Bitnami
  { name: 'bitnami-3.9-dev', image: 'bitnami/zookeeper:3.9.3', zk: '3.9', services: [{ ALLOW_EMPTY_PASSWORD: 'yes' }] },
  {
    name: 'bitnami-3.9-three',
    image: 'bitnami/zookeeper:3.9.3',
    zk: '3.9',
    services: [1, 2, 3].map((i) => ({ ALLOW_EMPTY_PASSWORD: 'yes', ZOO_SERVER_ID: String(i), ZOO_SERVERS: 'zk1:2888:3888,zk2:2888:3888,zk3:2888:3888' })),
  },
  { name: 'bitnami-3.9-tick-word', image: 'bitnami/zookeeper:3.9.3', zk: '3.9', services: [{ ALLOW_EMPTY_PASSWORD: 'yes', ZOO_TICK_TIME: 'abc' }], refusedBy: 'ZOO_TICK_TIME' },
  // Confluent (7.5+ ships ZooKeeper 3.8)
  { name: 'confluent-7.7-single', image: 'confluentinc/cp-zookeeper:7.7.1', zk: '3.8', services: [{ ZOOKEEPER_CLIENT_PORT: '2181', ZOOKEEPER_TICK_TIME: '2000' }] },
  {
    name: 'confluent-7.7-three',
    image: 'confluentinc/cp-zookeeper:7.7.1',
    zk: '3.8',
    services: [1, 2, 3].map((i) => ({ ZOOKEEPER_CLIENT_PORT: '2181', ZOOKEEPER_SERVER_ID: String(i), ZOOKEEPER_SERVERS: 'zk1:2888:3888;zk2:2888:3888;zk3:2888:3888' })),
  },
  { name: 'confluent-7.7-tick-word', image: 'confluentinc/cp-zookeeper:7.7.1', zk: '3.8', services: [{ ZOOKEEPER_CLIENT_PORT: '2181', ZOOKEEPER_TICK_TIME: 'x' }], refusedBy: 'ZOOKEEPER_TICK_TIME' },
];

/** The compose file of a case, and the YAML line of each service's variables. */
function composeOf(c: Case): { text: string; lineOf: Map<string, number[]> } {
  const lines = ['services:'];
  const lineOf = new Map<string, number[]>();
  c.services.forEach((env, i) => {
    lines.push(`  zk${i + 1}:`, `    image: ${c.image}`, `    hostname: zk${i + 1}`, '    environment:');
    for (const [k, v] of Object.entries(env)) {
      lines.push(`      ${k}: ${JSON.stringify(v)}`);
      lineOf.set(k, [...(lineOf.get(k) ?? []), lines.length]);
    }
  });
  return { text: `${lines.join('\n')}\n`, lineOf };
}

const lint = (c: Case) => {
  const { text, lineOf } = composeOf(c);
  return { r: lintContainerText('docker-compose.yml', text, { fs: createMemoryFileSystem({}), cwd: '/' }), lineOf };
};

describe('rendered zoo.cfg and myid per image (goldens)', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { r } = lint(c);
      expect(r.view.nodes.length).toBe(c.services.length);
      const body = r.view.nodes
        .map((n) => `# ${n.container.name}: ${n.rendered?.configPath}\n${renderedText(n.rendered!)}# ${n.container.name}: ${n.rendered?.dataDir}/myid\n${n.rendered?.myid?.text ?? '(none)'}\n`)
        .join('\n');
      await expect(body).toMatchFileSnapshot(join(import.meta.dirname, 'golden', `${c.name}.txt`));
    });
  }
});

const work = mkdtempSync(join(tmpdir(), 'zklint-containers-oracle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hostsFile = join(work, 'hosts');
writeFileSync(hostsFile, '127.0.0.1 localhost\n127.0.0.1 zk1\n127.0.0.2 zk2\n127.0.0.3 zk3\n');

describe('rendered configs against real ZooKeeper', () => {
  for (const line of ['3.4', '3.8', '3.9'] as const) {
    const cases = CASES.filter((c) => c.zk === line);
    const install = requireZk(line);
    it.skipIf(!install)(`${line}: ZooKeeper refuses ⇔ zklint has an error, on the responsible YAML line (${cases.length} cases)`, async () => {
      const batch: Array<{ c: Case; node: string; dir: string }> = [];
      for (const c of cases) {
        const { r } = lint(c);
        r.view.nodes.forEach((n, i) => {
          const dir = join(work, `${c.name}-${i}`);
          const rendered = n.rendered!;
          // The container's absolute paths, moved under the case folder (nothing else changes).
          const cfg = renderedText(rendered).replace(/^(dataDir|dataLogDir)=(\/.*)$/gm, (_m, k: string, p: string) => `${k}=${dir}${p}`);
          const files: Record<string, string> = { 'zoo.cfg': cfg, [`${rendered.dataDir.slice(1)}/`]: '' };
          if (rendered.myid) files[`${rendered.dataDir.slice(1)}/myid`] = `${rendered.myid.text}\n`;
          materialise(dir, files);
          batch.push({ c, node: n.container.name, dir });
        });
      }
      const verdicts = await runOracle(
        batch.map((b) => ({ dir: b.dir })),
        { zk: line, hostsFile },
      );
      for (const c of cases) {
        const { r, lineOf } = lint(c);
        const mine = verdicts.filter((_, i) => batch[i]!.c === c);
        const refused = mine.some((v) => !v.accepted);
        const errors = r.results.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error' && !d.ruleId.startsWith('containers-') && !d.ruleId.startsWith('ensemble-'));
        const said = mine.map((v) => v.messages.join(' / ') || v.stderr).join(' | ');
        expect(refused, `${c.name}: ZooKeeper ${refused ? 'refuses' : 'accepts'} (${said}); zklint errors: ${errors.map((e) => e.ruleId).join(', ') || 'none'}`).toBe(errors.length > 0);
        expect(refused, `${c.name}: expected ZooKeeper to ${c.refusedBy ? 'refuse' : 'accept'} (${said})`).toBe(c.refusedBy !== undefined);
        if (c.refusedBy) {
          const lines = lineOf.get(c.refusedBy) ?? [];
          expect(
            errors.some((e) => e.file === 'docker-compose.yml' && lines.includes(e.line)),
            `${c.name}: an error on the line of ${c.refusedBy} (${lines.join(', ')}); got ${errors.map((e) => `${e.ruleId}@${e.line}`).join(', ')}`,
          ).toBe(true);
        }
      }
    }, 180_000);
  }
});
