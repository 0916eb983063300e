/**
 * Rules converted to messages as data: their words name no command-line flag, the command adds
 * its advice by rule and message id (src/cli/advice.ts). See also cli-advice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintFile, lintFiles, lintText } from '../src/index.js';
import { addCliAdvice } from '../src/cli/advice.js';
import { FIXTURES, loadFixtures } from './support/fixtures.js';

const FLAG = /(^|[\s(])--[a-z][a-z-]+/;

describe('CLI advice', () => {
  it('is added by the command, not the library, for JVM flags', () => {
    const dir = join(FIXTURES, 'multiaddress-key-ignored', 'fires-key-only');
    const result = lintFiles([join(dir, 'zoo.cfg')], { onHost: true, cwd: dir });
    const d = result.results.flatMap((r) => r.diagnostics).find((x) => x.ruleId === 'multiaddress-key-ignored');
    expect(d?.messageId).toBe('keyOnly');
    expect(d?.hint).toContain('give zklint the same JVM flags');
    expect(d?.hint).not.toMatch(FLAG);
    addCliAdvice(result);
    expect(d?.hint).toMatch(/--jvm-flag or --java-env\.$/);
  });

  it('says where an id given as an option came from only in the command', () => {
    const cfg = ['tickTime=2000', 'initLimit=10', 'syncLimit=5', 'dataDir=/var/lib/zookeeper', 'clientPort=2181',
      'server.1=127.0.0.1:2888:3888', 'server.2=127.0.0.2:2888:3888', 'server.3=127.0.0.3:2888:3888'].join('\n');
    const results = lintText(cfg, { myid: '4' });
    const d = results.flatMap((r) => r.diagnostics).find((x) => x.ruleId === 'myid-not-in-server-list');
    expect(d?.messageId).toBe('givenIdNotListed');
    expect(d?.message).toMatch(/^The given server id says this is server 4, but the ensemble lists only/);
    expect(`${d?.message} ${d?.hint}`).not.toMatch(FLAG);
    addCliAdvice({ results });
    expect(d?.hint).toContain('--myid');
  });

  it('no converted rule names a command-line flag in any fixture finding', () => {
    const offenders: string[] = [];
    for (const c of loadFixtures()) {
      for (const r of lintFile(c.configFile, c.options)) {
        for (const d of r.diagnostics) {
          if (d.messageId === 'default') continue; // not yet converted (transitional report shape)
          for (const text of [d.message, d.hint ?? '', ...(d.related ?? []).map((x) => x.message ?? '')]) {
            if (FLAG.test(text)) offenders.push(`${c.rule}/${c.name}: ${d.ruleId}/${d.messageId}: ${text}`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
