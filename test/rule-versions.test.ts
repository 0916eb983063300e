import { describe, expect, it } from 'vitest';
import { inRange } from '../src/model/version.js';
import { defineRule } from '../src/rule.js';
import { ensembleRules, fileRules } from '../rules/index.js';

describe('rule version ranges', () => {
  it('compares release lines and exact versions', () => {
    expect(inRange('3.4', { since: '3.5' })).toBe(false);
    expect(inRange('3.9', { since: '3.5' })).toBe(true);
    expect(inRange('3.4', { since: '3.4.10' })).toBe(true);
    expect(inRange('3.4.9', { since: '3.4.10' })).toBe(false);
    expect(inRange('3.4.13', { since: '3.4.10' })).toBe(true);
    expect(inRange('3.8.4', { until: '3.8' })).toBe(true);
    expect(inRange('3.9', { until: '3.8' })).toBe(false);
    expect(inRange('3.9.3', { until: '3.9.2' })).toBe(false);
    expect(inRange('3.4.13', { since: '3.4', until: '3.4' })).toBe(true);
  });
  it('every built-in rule declares its versions and messages as data', () => {
    for (const r of [...fileRules, ...ensembleRules]) {
      expect(r.versions === 'all' || typeof r.versions === 'object', r.id).toBe(true);
      expect(Object.keys(r.messages).length, r.id).toBeGreaterThan(0);
    }
    expect(fileRules.filter((r) => inRange('3.4', r.versions)).length).toBeGreaterThan(10);
  });
  it('a rule without versions or messages is refused (at run time too, for untyped callers)', () => {
    const base = { id: 'x-rule', severity: 'error', docs: { description: 'x' }, zookeeper: { effect: 'fatal' }, check() {} };
    expect(() => defineRule({ ...base, messages: { a: 'a' } } as never)).toThrow(/declares no versions/);
    expect(() => defineRule({ ...base, versions: 'all' } as never)).toThrow(/declares no messages/);
    expect(() => defineRule({ ...base, versions: 'all', messages: {} } as never)).toThrow(/declares no messages/);
  });
});

describe('the rule types', () => {
  it('a rule file without versions or messages does not compile', async () => {
    const ts = (await import('typescript')).default;
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const dir = mkdtempSync(join(resolve('test'), '.tmp-rule-types-'));
    try {
      const rule = resolve('src/rule.js').replace(/\\/g, '/');
      const body = (fields: string) =>
        `import { defineRule } from '${rule}';\nexport default defineRule({ id: 'x-rule', severity: 'error', docs: { description: 'x' }, zookeeper: { effect: 'fatal' }, ${fields} check() {} });\n`;
      const cases = { ok: `versions: 'all', messages: { a: 'a' },`, noVersions: `messages: { a: 'a' },`, noMessages: `versions: 'all',` };
      const files = Object.entries(cases).map(([name, fields]) => {
        const file = join(dir, `${name}.ts`);
        writeFileSync(file, body(fields));
        return [name, file] as const;
      });
      const program = ts.createProgram(files.map(([, f]) => f), { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: [] });
      const all = ts.getPreEmitDiagnostics(program);
      const errors = Object.fromEntries(files.map(([name, file]) => [name, all.filter((d) => d.file?.fileName === file).length]));
      expect(errors).toEqual({ ok: 0, noVersions: 1, noMessages: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
