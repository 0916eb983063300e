/** The mutation generator on its own (no JVM needed). */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, generateCases, materialiseCase, MUTATIONS, Rng } from './generate.js';

const cases = generateCases(400, 380);

describe('mutation generator', () => {
  it('is deterministic per seed', () => {
    expect(JSON.stringify(generateCases(60, 380))).toBe(JSON.stringify(cases.slice(0, 60)));
    expect(JSON.stringify(generateCases(60, 381))).not.toBe(JSON.stringify(cases.slice(0, 60)));
    const a = new Rng(1);
    const b = new Rng(1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('covers every category with many mutations', () => {
    for (const cat of CATEGORIES) expect(cases.filter((c) => c.category === cat).length, cat).toBeGreaterThanOrEqual(40);
    expect(MUTATIONS.length).toBeGreaterThan(60);
    expect(new Set(cases.map((c) => c.mutation)).size).toBeGreaterThan(60);
    expect(new Set(cases.map((c) => c.shape))).toEqual(
      new Set(['standalone', 'quorum-3', 'quorum-5', 'quorum-7', 'observers', 'hierarchical', 'dynamic']),
    );
    expect(cases.some((c) => c.jvmFlags.includes('-Dzookeeper.multiAddress.enabled=true'))).toBe(true);
    expect(cases.some((c) => (c.files['zoo.cfg'] ?? '').includes('\r\n'))).toBe(true);
  });

  it('uses only loopback addresses and absolute paths inside the case dir', () => {
    for (const c of cases) {
      const text = Object.values(c.files).join('\n');
      for (const ip of text.match(/\b\d+\.\d+\.\d+\.\d+\b/g) ?? []) {
        if (ip !== '1.2.3.4') expect(ip.startsWith('127.0.0.'), `${c.id}: ${ip}`).toBe(true); // 1.2.3.4: a malformed client part, never bound
      }
      for (const m of text.matchAll(/^(?:dataDir|dataLogDir|dynamicConfigFile)[ \t]*[=: \t][ \t]*(\S.*)?$/gm)) {
        const v = m[1] ?? '';
        expect(v === '' || v.startsWith('@CASE@') || !v.startsWith('/'), `${c.id}: ${m[0]}`).toBe(true);
      }
    }
  });

  it('materialises a case with @CASE@ replaced by its absolute dir', () => {
    const root = mkdtempSync(join(tmpdir(), 'zklint-gen-'));
    try {
      const c = cases.find((x) => x.shape === 'dynamic' && x.mutation === 'unchanged') ?? cases.find((x) => x.shape === 'dynamic')!;
      const dir = join(root, c.id);
      const cfg = readFileSync(materialiseCase(dir, c), 'latin1');
      expect(cfg).not.toContain('@CASE@');
      expect(cfg).toContain(`${dir}/`);
      expect(statSync(join(dir, 'data')).isDirectory() || statSync(join(dir, 'data')).isFile()).toBe(true);
      expect(existsSync(join(dir, 'zoo.cfg'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
