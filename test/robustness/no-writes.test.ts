/** zklint never writes: a tree's bytes, mtimes and entries are identical before and after full CLI runs. */
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/format/index.js';
import { runCli } from './cli.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'zklint-nowrite-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** path → kind, mode, size, mtime (ns) and content hash (or link target) of everything under root. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = lstatSync(p, { bigint: true });
      const what = st.isSymbolicLink()
        ? `link ${readlinkSync(p)}`
        : st.isDirectory()
          ? 'dir'
          : `file ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
      out.set(p.slice(root.length), `${what} mode=${st.mode} size=${st.size} mtime=${st.mtimeNs}`);
      if (st.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

it('a full CLI run over every fixture, in every format and mode, changes nothing on disk', () => {
  const tree = join(tmp, 'tree');
  cpSync(FIXTURES, tree, { recursive: true });
  symlinkSync('zoo.cfg', join(tree, 'link.cfg'));
  // Old mtimes, so any rewrite, even of identical bytes, shows.
  const old = new Date('2001-02-03T04:05:06Z');
  for (const p of snapshot(tree).keys()) if (!lstatSync(tree + p).isSymbolicLink()) utimesSync(tree + p, old, old);
  utimesSync(tree, old, old);
  const before = snapshot(tree);
  expect(before.size).toBeGreaterThan(50);

  const runs: string[][] = [];
  // Every format once; the modes that read more of the disk (--on-host, --root) once each.
  for (const format of FORMAT_NAMES) runs.push(['--format', format, tree]);
  runs.push(['--format', 'json', '--on-host', tree], ['--format', 'sarif', '--root', tree, '--fault-tolerance', '1', tree]);
  for (const args of runs) {
    const r = runCli(args, { cwd: tree });
    expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBeLessThan(2);
    expect(r.stdout.length).toBeGreaterThan(0);
  }
  expect(snapshot(tree)).toEqual(before);
  expect(lstatSync(tree).mtimeMs).toBe(old.getTime());
}, 300_000);
