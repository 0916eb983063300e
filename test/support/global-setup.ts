/** Runs once before the suites: says once which suites are skipped here and why (test/support/prereq.ts). */
import { skipWithoutJava } from './java.js';
import { inCI, onPath, SHARED_MISSING, sharedDir, skipWithoutZooKeeper, ZK_MISSING } from './prereq.js';

export default function setup(): void {
  const notes: string[] = [];
  if (sharedDir() === undefined) {
    if (inCI()) throw new Error(`CI=true but ${SHARED_MISSING.split(':')[0]}: CI must run the corpus suites`);
    notes.push(SHARED_MISSING);
  }
  if (skipWithoutZooKeeper()) notes.push(ZK_MISSING);
  if (skipWithoutJava()) notes.push('a JDK (java, javac) is not installed: the comparisons with real Java (properties lexer, Java number parsing) are skipped. .ci/run installs default-jdk-headless.');
  for (const [cmd, pkg] of [['pre-commit', 'pre-commit'], ['ansible-playbook', 'ansible-core']] as const) {
    if (!onPath(cmd) && !inCI()) notes.push(`${cmd} is not installed: its end-to-end suite (test/e2e/) is skipped (.ci/run installs the Debian package ${pkg}).`);
  }
  for (const n of notes) process.stderr.write(`zklint tests: ${n}\n`);
}
