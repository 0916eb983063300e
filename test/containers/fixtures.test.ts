/** Every container fixture: the findings land on the YAML lines its case.json names. */
import { describe, expect, it } from 'vitest';
import { lintContainerFile } from '../../src/index.js';
import { loadContainerFixtures } from '../support/container-fixtures.js';

describe('container fixtures', () => {
  for (const c of loadContainerFixtures()) {
    it(`${c.rule}/${c.name}: ${c.description}`, () => {
      const r = lintContainerFile(c.file, { cwd: c.dir });
      const got = r.results
        .flatMap((f) => f.diagnostics)
        .filter((d) => d.ruleId === c.rule || d.severity === 'error')
        .map((d) => ({ ruleId: d.ruleId, line: d.line, severity: d.severity, ...(c.expect.some((e) => e.column !== undefined) ? { column: d.column } : {}) }));
      const sort = (xs: typeof got) => [...xs].sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
      expect(sort(got)).toEqual(sort(c.expect));
      for (const f of r.results) for (const d of f.diagnostics) expect(d.file, 'every finding is on the YAML (or its env files)').not.toMatch(/^\/(n|loose)\d+\//);
    });
  }
});

describe('the issue\'s two cases, end to end through the library', () => {
  it('three services without ZOO_MY_ID: the duplicate-id error names server id 1', () => {
    const c = loadContainerFixtures().find((x) => x.name === 'fires-three-services-no-id')!;
    const d = lintContainerFile(c.file, { cwd: c.dir }).results.flatMap((f) => f.diagnostics).find((x) => x.ruleId === 'ensemble-duplicate-myid')!;
    expect(d.message).toMatch(/zk1, zk2, zk3 all say they are server\.1\b/);
    expect(d.message).toContain('/data/myid holds "1"');
  });
  it('3.4-style ZOO_SERVERS on a 3.9 image: the real cause (no client port), at the entry', () => {
    const c = loadContainerFixtures().find((x) => x.name === 'fires-3-4-style-on-3-9')!;
    const d = lintContainerFile(c.file, { cwd: c.dir }).results.flatMap((f) => f.diagnostics).filter((x) => x.ruleId === 'containers-servers-without-client-port');
    expect(d[0]!.message).toContain('server.1=zk1:2888:3888 has no ";2181" client port');
    expect(d[0]!.endColumn - d[0]!.column).toBe('server.1=zk1:2888:3888'.length);
  });
});
