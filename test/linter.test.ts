/**
 * createLinter: the engine runs exactly the rules it is given, in every pipeline (text, files,
 * ensembles, containers, fixes); the library's free functions are the linter of the built-in rules.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtinRules,
  createLinter,
  createMemoryFileSystem,
  defineEnsembleRule,
  defineRule,
  ensembleRules,
  fileRules,
  lintContainerText,
  lintEnsembles,
  lintFiles,
  lintText,
  type AnyRule,
  type FileResult,
} from '../src/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const ids = (results: readonly FileResult[]) => [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].sort();

const noAdmin = defineRule({
  id: 'acme-admin-server-off',
  severity: 'error',
  versions: 'all',
  docs: { description: 'The AdminServer must be off.' },
  zookeeper: { effect: 'silent' },
  messages: { on: 'AdminServer is on.' },
  check({ model, report }) {
    if (model.static.effective.get('admin.enableServer')?.entry.value.trim() !== 'false') report({ messageId: 'on', at: { file: model.static.source.path } });
  },
});
const fiveNodes = defineEnsembleRule({
  id: 'acme-five-nodes',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'Ensembles have five nodes.' },
  zookeeper: { effect: 'silent' },
  messages: { count: ({ n }: { n: number }) => `${n} nodes, not five.` },
  check({ ensemble, report }) {
    const first = ensemble.nodes[0];
    if (first && ensemble.nodes.length !== 5) report({ messageId: 'count', args: { n: ensemble.nodes.length }, at: { file: first.file } });
  },
});

const CFG = 'tickTime=2000\ntickTIme=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n';
const node = () =>
  `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/data\nclientPort=2181\nserver.1=10.0.0.1:2888:3888\nserver.2=10.0.0.2:2888:3888\n`;

describe('createLinter', () => {
  it('runs only the rules it is given: a typo no built-in rule sees, the custom rule does', () => {
    const linter = createLinter({ rules: [noAdmin] });
    expect(ids(linter.lintText(CFG, { filePath: 'zoo.cfg' }))).toEqual(['acme-admin-server-off']);
    // The built-in linter, given the same text, reports the typo and not the custom rule.
    const builtin = ids(lintText(CFG, { filePath: 'zoo.cfg' }));
    expect(builtin).toContain('unknown-key');
    expect(builtin).not.toContain('acme-admin-server-off');
  });

  it('with the built-in rules, it says exactly what the library functions say', () => {
    const linter = createLinter({ rules: builtinRules });
    const dir = join(ROOT, 'examples', 'missing-myid');
    const opts = { cwd: dir };
    expect(linter.lintFiles(['zoo.cfg'], opts)).toEqual(lintFiles(['zoo.cfg'], opts));
    const compose = readFileSync(join(ROOT, 'examples', 'compose', 'docker-compose.yml'), 'utf8');
    expect(linter.lintContainerText('docker-compose.yml', compose).results).toEqual(lintContainerText('docker-compose.yml', compose).results);
    expect(builtinRules).toEqual([...fileRules, ...ensembleRules]);
  });

  it('ensemble rules run from the registry, not from the built-in list', () => {
    // Both nodes' trees say myid 1: two servers claim one id.
    const fs = createMemoryFileSystem({ '/e/a/zoo.cfg': node(), '/e/b/zoo.cfg': node(), '/e/a/data/myid': '1\n', '/e/b/data/myid': '1\n' });
    const files = ['/e/a/zoo.cfg', '/e/b/zoo.cfg'];
    const opts = { fs, cwd: '/', roots: { a: '/e/a', b: '/e/b' } };
    const custom = createLinter({ rules: [fiveNodes] });
    const r = custom.lintEnsembles(files, opts);
    expect(ids(r.results)).toEqual(['acme-five-nodes']);
    // The built-in ensemble rules see the shared id; the custom linter does not run them.
    expect(ids(lintEnsembles(files, opts).results)).toContain('ensemble-duplicate-myid');
    expect(ids(createLinter({ rules: [...builtinRules, fiveNodes] }).lintEnsembles(files, opts).results)).toEqual(
      [...ids(lintEnsembles(files, opts).results), 'acme-five-nodes'].sort(),
    );
  });

  it('a linter without container rules reports nothing of its own on a compose file', () => {
    const compose = readFileSync(join(ROOT, 'examples', 'compose', 'docker-compose.yml'), 'utf8');
    const withBuiltins = ids(lintContainerText('docker-compose.yml', compose).results);
    expect(withBuiltins.some((id) => id.startsWith('containers-'))).toBe(true);
    const onlyFile = createLinter({ rules: fileRules });
    expect(onlyFile.containerRules).toEqual([]);
    expect(ids(onlyFile.lintContainerText('docker-compose.yml', compose).results).filter((id) => id.startsWith('containers-'))).toEqual([]);
  });

  it('fixes with the fixes of the rules it has', () => {
    const text = 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nclientPort=2181\n';
    const withBuiltins = createLinter({ rules: builtinRules }).fixText(text);
    expect(withBuiltins.applied.length).toBeGreaterThan(0);
    const none = createLinter({ rules: [noAdmin] }).fixText(text);
    expect(none.applied).toEqual([]);
    expect(none.text).toBe(text);
  });

  it('refuses what is not a rule, and an id given twice, in words', () => {
    expect(() => createLinter({ rules: [noAdmin, noAdmin] })).toThrow(/rule id "acme-admin-server-off" is given twice/);
    expect(() => createLinter({ rules: [{ id: 'x' } as unknown as AnyRule] })).toThrow(/rule "x" is not made by defineRule or defineEnsembleRule/);
    expect(() => createLinter({ rules: [null as unknown as AnyRule] })).toThrow(/rules\[0\] is not a rule object/);
    expect(() => createLinter({ rules: 'unknown-key' as unknown as AnyRule[] })).toThrow(/rules must be an array/);
    expect(() => createLinter(undefined as unknown as { rules: AnyRule[] })).toThrow(/createLinter takes \{ rules/);
  });
});
