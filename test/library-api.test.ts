/** The README's library example: lint text, a custom rule with defineRule, a formatter. */
import { describe, expect, it } from 'vitest';
import { defineRule, lintText, loadFormatter, rules } from '../src/index.js';

const noAdmin = defineRule({
  id: 'no-admin-server',
  severity: 'warning',
  versions: { since: '3.5' }, // the engine runs it only for these ZooKeeper releases
  docs: { description: 'The AdminServer must be off in production.' },
  zookeeper: { effect: 'silent' },
  messages: { on: 'AdminServer is on.' },
  hints: { on: 'Set admin.enableServer=false.' },
  check({ model, report }) {
    const occ = model.static.effective.get('admin.enableServer');
    if (occ?.entry.value.trim() !== 'false') {
      report({ messageId: 'on', at: occ ? { occ, part: 'value' } : { file: model.static.source.path } });
    }
  },
});

describe('library API', () => {
  it('runs a custom rule, which inline suppressions and SARIF know about', async () => {
    const text = 'tickTime=2000\ndataDir=/x\nadmin.enableServer=true\n';
    const on = lintText(text, { filePath: 'zoo.cfg', customRules: [noAdmin] }).flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'no-admin-server');
    expect(on.map((d) => [d.line, d.column, d.severity])).toEqual([[3, 20, 'warning']]);
    const off = lintText(text.replace('true', 'false'), { customRules: [noAdmin] }).flatMap((r) => r.diagnostics);
    expect(off.some((d) => d.ruleId === 'no-admin-server')).toBe(false);
    const silenced = lintText(`tickTime=2000\ndataDir=/x\n# zklint-disable-next-line no-admin-server -- lab\nadmin.enableServer=true\n`, { customRules: [noAdmin] }).flatMap((r) => r.diagnostics);
    expect(silenced.map((d) => d.ruleId)).not.toContain('no-admin-server');
    expect(silenced.map((d) => d.ruleId)).not.toContain('unused-suppression');
    const sarif = JSON.parse((await loadFormatter('sarif'))({ results: lintText(text, { filePath: 'zoo.cfg', customRules: [noAdmin] }) }, { cwd: process.cwd(), color: false, getSource: () => text, rules: [...rules, noAdmin] }));
    const res = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'no-admin-server');
    expect(sarif.runs[0].tool.driver.rules[res.ruleIndex].shortDescription.text).toBe('The AdminServer must be off in production.');
  });
});

describe('library API: containers', () => {
  it('lintContainerText lints a compose file held in memory, findings on its YAML lines', async () => {
    const { lintContainerText, createMemoryFileSystem } = await import('../src/index.js');
    const yaml = 'services:\n  zk1:\n    image: zookeeper:3.9\n    environment:\n      ZOO_MY_ID: 1\n      ZOO_TICK_TIME: two-seconds\n';
    const r = lintContainerText('compose.yaml', yaml, { fs: createMemoryFileSystem({}), cwd: '/' });
    const d = r.results.flatMap((f) => f.diagnostics).find((x) => x.ruleId === 'invalid-integer');
    expect(d && [d.file, d.line, d.column, d.severity]).toEqual(['compose.yaml', 6, 22, 'error']);
    expect(r.view.nodes.map((n) => n.container.name)).toEqual(['zk1']);
  });
});
