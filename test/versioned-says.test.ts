/**
 * Where a rule gives ZooKeeper's words per release (`zookeeper.says` as a list), the words it
 * claims for a release line are in that line's real jar (the class files' constant pools hold
 * ZooKeeper's literal strings). Lines whose jar is not here are skipped with one note.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { behaviourFor } from '../src/engine/words.js';
import { inRange } from '../src/model/version.js';
import { ORACLE_LINES, zkInstall } from './oracle/versions.js';

const versioned = builtinRules.filter((r) => Array.isArray(r.zookeeper.says));
const hasUnzip = existsSync('/usr/bin/unzip');

function classText(jar: string): string {
  // The ZooKeeper classes, concatenated; string constants are stored as (modified) UTF-8.
  return execFileSync('unzip', ['-p', jar, 'org/apache/zookeeper/*'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
}

describe('per-release words of ZooKeeper are in that release', () => {
  it('some rule gives per-release words', () => expect(versioned.length).toBeGreaterThan(0));
  for (const line of ORACLE_LINES) {
    const install = zkInstall(line);
    const jar = install?.classpath.find((p) => /zookeeper\.jar$/.test(p));
    if (!jar || !hasUnzip) {
      it.skip(`${line}: no real ZooKeeper ${line} jar (or unzip) here`, () => {});
      continue;
    }
    let text: string | undefined;
    for (const rule of versioned) {
      if (!inRange(line, rule.versions)) continue;
      it(`${rule.id} on ${install?.version}`, () => {
        text ??= classText(jar);
        const says = behaviourFor(rule.zookeeper, install?.version as string).says;
        expect(says, 'no words for this release').toBeDefined();
        expect(text.includes(says as string), `"${says}" not in ${jar}`).toBe(true);
      });
    }
  }
});
