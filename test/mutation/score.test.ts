/** Scoring of zklint diagnostics against ZooKeeper verdicts (synthetic verdicts, no JVM). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import type { OracleVerdict } from '../oracle/oracle.js';
import { score } from './score.js';

const verdict = (accepted: boolean, messages: string[] = [], warnings: string[] = []): OracleVerdict => ({
  id: 'x', accepted, exitCode: accepted ? 0 : 2, stderr: '', mode: null, messages, causeClasses: [], exception: null, warnings, elapsedMs: 0,
});
const diag = (severity: Diagnostic['severity'], says?: string): Diagnostic => ({
  ruleId: 'r', severity, message: 'm', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2, ...(says ? { zookeeper: { effect: 'fatal', says } } : {}),
});

describe('score', () => {
  it('counts recall, cause match, false errors, crashes and warning recall per group', () => {
    const s = score([
      { id: 'a', group: 'g1', detail: '', verdict: verdict(false, ['Error processing', 'tickTime is not set']), diags: [diag('error', 'tickTime is not set')] },
      { id: 'b', group: 'g1', detail: '', verdict: verdict(false, ['dataDir is not set']), diags: [diag('error', 'something else')] },
      { id: 'c', group: 'g2', detail: '', verdict: verdict(false, ['x']), diags: [diag('warning', 'x')] },
      { id: 'd', group: 'g2', detail: '', verdict: verdict(true), diags: [diag('error', 'y')] },
      { id: 'e', group: 'g2', detail: '', verdict: verdict(true, [], ['WARN q: Non-optimal configuration, consider an odd number of servers.']), diags: [diag('info')] },
      { id: 'f', group: 'g2', detail: '', verdict: verdict(true, [], ['WARN q: No server failure will be tolerated. You need at least 3 servers.']), diags: [diag('warning')] },
      { id: 'g', group: 'g2', detail: '', verdict: verdict(true), crash: 'boom' },
      { id: 'h', group: 'g2', detail: '', verdict: { ...verdict(false), exitCode: -1 }, diags: [] },
    ]);
    expect(s.total).toMatchObject({ cases: 8, refused: 3, caught: 2, causeMatch: 1, accepted: 3, falseErrors: 1, crashes: 1, oracleFailures: 1, zkWarned: 2, warnCaught: 1 });
    expect(s.byGroup.get('g1')).toMatchObject({ refused: 2, caught: 2, causeMatch: 1 });
    expect(s.disagreements.map((d) => `${d.id}:${d.kind}`)).toEqual([
      'b:wrong-cause', 'c:missed-fatal', 'd:false-error', 'e:missed-warning', 'g:crash', 'h:oracle-failure',
    ]);
  });
});
