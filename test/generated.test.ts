/** Files generated from the rule registry are up to date; every diagnostic links to its pinned docs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules as rules } from '../rules/index.js';
import { ensembleRules } from '../rules/index.js';
import { configSchemaText, rulesIndexText } from '../src/config/generated.js';
import { docsUrl, VERSION } from '../src/meta.js';
import { lintText } from '../src/index.js';
import { ROOT } from './support/cli.js';

describe('generated files', () => {
  it('schemas/zklint.config.schema.json matches the registry (run npm run build)', () => {
    expect(readFileSync(join(ROOT, 'schemas/zklint.config.schema.json'), 'utf8')).toBe(configSchemaText(rules));
  });
  it('rules/README.md lists every rule (run npm run build)', () => {
    const text = readFileSync(join(ROOT, 'rules/README.md'), 'utf8');
    expect(text).toBe(rulesIndexText(rules));
    for (const r of rules) expect(text).toContain(`(./${r.id}.md)`);
    // Ensemble rules are listed under their own heading, after every per-file rule.
    const heading = text.indexOf('## Ensemble rules');
    expect(heading).toBeGreaterThan(0);
    for (const r of ensembleRules) expect(text.indexOf(`(./${r.id}.md)`)).toBeGreaterThan(heading);
  });
  it('the config schema accepts every rule id, per-file and ensemble', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/zklint.config.schema.json'), 'utf8'));
    const ids = Object.keys(schema.properties.rules.properties);
    expect(ids).toContain('duplicate-key');
    expect(ids).toContain('ensemble-port-clash');
    expect(ids.sort()).toEqual(rules.map((r) => r.id).sort());
  });
  it('the schema is shipped in the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schemas');
    expect(pkg.version).toBe(VERSION);
  });
  it('diagnostics link to their rule page pinned to the package version', () => {
    const d = lintText('tickTime=2000\ndataDir=/x\nclientPort=1\nclientPort=2\n').flatMap((r) => r.diagnostics);
    expect(d.length).toBeGreaterThan(0);
    for (const x of d) expect(x.docsUrl).toBe(docsUrl(x.ruleId));
    expect(docsUrl('duplicate-key')).toContain(`/blob/v${VERSION}/rules/duplicate-key.md`);
  });
});

describe('precompiled config validator (dist/src/config/validate-config.cjs)', () => {
  it('exists after the build and agrees with the schema compiled at run time', async () => {
    const file = join(ROOT, 'dist/src/config/validate-config.cjs');
    const pre = (await import(file)).default as (d: unknown) => boolean;
    const { Ajv } = await import('ajv');
    const { configSchema } = await import('../src/config/schema.js');
    const live = new Ajv({ allErrors: true, strict: false }).compile(configSchema(rules));
    const samples = [
      {},
      { rules: { 'duplicate-key': 'off' } },
      { rules: { 'duplicat-key': 'off' } },
      { rules: { 'ensemble-port-clash': 'off', 'ensemble-settings-differ': { severity: 'error' } } },
      { rules: { 'ensemble-port-clsh': 'off' } },
      { rules: { 'fault-tolerance': { options: { failures: 1 } } } },
      { rules: { 'fault-tolerance': { options: { failures: -1 } } } },
      { zkVersion: '3.8', jvmFlags: ['-Dzookeeper.x=1'], ignore: ['a/**'] },
      { zkVersion: '9.9' },
      { ignore: [''] },
      { zones: { '1': 'a', '2': 'b' }, ensembles: [{ name: 'prod', files: ['prod/*.cfg'] }] },
    ];
    for (const s of samples) expect(pre(s), JSON.stringify(s)).toBe(live(s));
    expect(samples.map((s) => live(s))).toContain(false);
  });
});
