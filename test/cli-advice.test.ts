/** The library names no command-line flag; the command adds its own advice, keyed by rule and message id. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { addCliAdvice } from '../src/cli/advice.js';
import type { Diagnostic } from '../src/diagnostic.js';
import type { LintOptions } from '../src/options.js';

const FLAG = /--(on-host|root|myid|max-file-size|zk-version|fault-tolerance)\b/;

/** The finding of `ruleId` as the library gives it and as the command shows it. */
function both(ruleId: string, text: string, options: LintOptions = {}): { library: Diagnostic; cli: Diagnostic } {
  const results = lintText(text, { filePath: '/etc/zookeeper/zoo.cfg', ...options });
  const library = results.flatMap((r) => r.diagnostics).find((d) => d.ruleId === ruleId);
  if (!library) throw new Error(`no ${ruleId} finding`);
  const copy = structuredClone(results);
  addCliAdvice({ results: copy });
  const cli = copy.flatMap((r) => r.diagnostics).find((d) => d.ruleId === ruleId) as Diagnostic;
  return { library: { ...library }, cli };
}

describe('flags come only from the command', () => {
  const SERVERS = 'server.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n';
  it('data-dir-not-checked, relative dataDir', () => {
    const { library, cli } = both('data-dir-not-checked', 'tickTime=2000\nclientPort=2181\ndataDir=./data\n');
    expect(library.messageId).toBe('relativePath');
    expect(library.message + (library.hint ?? '')).not.toMatch(FLAG);
    expect(cli.hint).toContain('--on-host');
  });
  it('data-dir-not-checked, an ensemble member away from its server', () => {
    const { library, cli } = both('data-dir-not-checked', `tickTime=2000\ninitLimit=5\nsyncLimit=2\ndataDir=/var/lib/zookeeper\n${SERVERS}`);
    expect(library.messageId).toBe('offHost');
    expect(library.message).toContain('myid could not be verified');
    expect(library.message + (library.hint ?? '')).not.toMatch(FLAG);
    expect(cli.hint).toContain('--myid N');
  });
  it('key-not-in-version: the release is named with --zk-version only on the command line', () => {
    const { library, cli } = both('key-not-in-version', 'tickTime=2000\nclientPort=2181\ndataDir=/var/lib/zookeeper\nmetricsProvider.className=x.Y\n', { zkVersion: '3.5' });
    expect(library.messageId).toBe('tooNew');
    expect(library.hint).toBe('Upgrade to ZooKeeper 3.6+ or delete the line.');
    expect(library.message + (library.hint ?? '')).not.toMatch(FLAG);
    expect(cli.hint).toBe('Upgrade to ZooKeeper 3.6+ or delete the line. If zklint assumed the wrong ZooKeeper release, name yours with --zk-version.');
  });
});
