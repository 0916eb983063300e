/** The library names no command-line flag; the command adds its own advice, keyed by rule and message id. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { addCliAdvice } from '../src/cli/advice.js';
import type { Diagnostic } from '../src/diagnostic.js';

const FLAG = /--(on-host|root|myid|max-file-size|zk-version|fault-tolerance)\b/;

function notChecked(text: string): { library: Diagnostic; cli: Diagnostic } {
  const results = lintText(text, { filePath: '/etc/zookeeper/zoo.cfg' });
  const library = results.flatMap((r) => r.diagnostics).find((d) => d.ruleId === 'data-dir-not-checked');
  if (!library) throw new Error('no data-dir-not-checked finding');
  const copy = structuredClone(results);
  addCliAdvice({ results: copy });
  const cli = copy.flatMap((r) => r.diagnostics).find((d) => d.ruleId === 'data-dir-not-checked') as Diagnostic;
  return { library: { ...library }, cli };
}

describe('data-dir-not-checked: flags only from the command', () => {
  const SERVERS = 'server.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n';
  it('a relative dataDir: the library says why, the command says which flag', () => {
    const { library, cli } = notChecked('tickTime=2000\nclientPort=2181\ndataDir=./data\n');
    expect(library.messageId).toBe('relative');
    expect(library.message).toBe('./data not checked: relative path: ZooKeeper resolves it against its working directory, unknown here.');
    expect(library.message + (library.hint ?? '')).not.toMatch(FLAG);
    expect(cli.hint).toContain('--on-host');
    expect(cli.hint).not.toContain('--myid');
  });
  it('an absent absolute dataDir of an ensemble member: --myid, --root and --on-host', () => {
    const { library, cli } = notChecked(`tickTime=2000\ninitLimit=5\nsyncLimit=2\ndataDir=/nonexistent/zklint/data\n${SERVERS}`);
    expect(library.messageId).toBe('absentMyid');
    expect(library.message).toBe('/nonexistent/zklint/data not checked: it does not exist on this machine. myid could not be verified.');
    expect(library.message + (library.hint ?? '')).not.toMatch(FLAG);
    expect(cli.hint).toBe('Pass --myid N when the id is known from inventory, --root DIR for a rendered tree, or --on-host on the server.');
  });
});
