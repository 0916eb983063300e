/**
 * Scoring zklint against real ZooKeeper verdicts, overall and per group (mutation category):
 * fatal recall, cause match, false errors, crashes, and ZooKeeper-warning ⇒ zklint-warning rate.
 */
import { writeFileSync } from 'node:fs';
import type { Diagnostic } from '../../src/diagnostic.js';
import type { OracleVerdict } from '../oracle/oracle.js';
import { agreement, zkWords } from '../support/agreement.js';

/** ZooKeeper's config warnings that zklint is expected to flag (warning or error). */
export const ZK_CONFIG_WARNINGS = [
  'Non-optimal configuration',
  'Non-optimial configuration', // 3.4's spelling
  'No server failure will be tolerated',
  'only one server specified',
  'is relative',
  'Invalid autopurge.snapRetainCount',
  'Peer type from servers list',
  'not specified for client connection', // X509AuthenticationProvider: no keystore / truststore
  'Problems loading', // ProviderRegistry: an authProvider.N class that does not load
] as const;

export interface Scored {
  id: string;
  group: string;
  detail: string;
  verdict: OracleVerdict;
  /** zklint diagnostics, or undefined when zklint threw. */
  diags?: Diagnostic[];
  crash?: string;
  files?: Record<string, string>;
  jvmFlags?: string[];
}

export interface Tally {
  cases: number;
  refused: number;
  caught: number;
  causeMatch: number;
  accepted: number;
  falseErrors: number;
  crashes: number;
  oracleFailures: number;
  zkWarned: number;
  warnCaught: number;
}

const empty = (): Tally => ({
  cases: 0, refused: 0, caught: 0, causeMatch: 0, accepted: 0, falseErrors: 0, crashes: 0, oracleFailures: 0, zkWarned: 0, warnCaught: 0,
});

export interface Disagreement {
  id: string;
  group: string;
  detail: string;
  kind: 'crash' | 'false-error' | 'missed-fatal' | 'wrong-cause' | 'missed-warning' | 'oracle-failure';
  explain: string;
  zookeeper: { accepted: boolean; exitCode: number; words: string[]; warnings: string[] };
  zklint: { ruleId: string; severity: string; line: number; says?: string; message: string }[];
  files?: Record<string, string>;
  jvmFlags?: string[];
}

export interface Score {
  total: Tally;
  byGroup: Map<string, Tally>;
  disagreements: Disagreement[];
}

export function zkConfigWarnings(v: OracleVerdict): string[] {
  return v.warnings.filter((w) => ZK_CONFIG_WARNINGS.some((p) => w.includes(p)));
}

export function score(results: readonly Scored[]): Score {
  const total = empty();
  const byGroup = new Map<string, Tally>();
  const disagreements: Disagreement[] = [];
  for (const r of results) {
    const g = byGroup.get(r.group) ?? empty();
    byGroup.set(r.group, g);
    const bump = (k: keyof Tally) => {
      total[k]++;
      g[k]++;
    };
    bump('cases');
    const v = r.verdict;
    const disagree = (kind: Disagreement['kind'], explain: string) =>
      disagreements.push({
        id: r.id,
        group: r.group,
        detail: r.detail,
        kind,
        explain,
        zookeeper: { accepted: v.accepted, exitCode: v.exitCode, words: zkWords(v), warnings: v.warnings },
        zklint: (r.diags ?? []).map((d) => ({ ruleId: d.ruleId, severity: d.severity, line: d.line, says: d.zookeeper?.says, message: d.message })),
        ...(r.files ? { files: r.files } : {}),
        ...(r.jvmFlags?.length ? { jvmFlags: r.jvmFlags } : {}),
      });
    if (v.exitCode === -1) {
      bump('oracleFailures');
      disagree('oracle-failure', v.messages.join(' / '));
      continue;
    }
    if (r.crash !== undefined || !r.diags) {
      bump('crashes');
      disagree('crash', r.crash ?? 'no diagnostics');
      continue;
    }
    const a = agreement(v, r.diags);
    if (v.accepted) {
      bump('accepted');
      if (!a.ok) {
        bump('falseErrors');
        disagree('false-error', a.explain);
      }
      if (zkConfigWarnings(v).length > 0) {
        bump('zkWarned');
        if (r.diags.some((d) => d.severity === 'error' || d.severity === 'warning')) bump('warnCaught');
        else disagree('missed-warning', `ZooKeeper warned: ${zkConfigWarnings(v).join(' | ')}; zklint had no warning`);
      }
    } else {
      bump('refused');
      if (a.caught) bump('caught');
      if (a.causeMatch) bump('causeMatch');
      if (!a.caught) disagree('missed-fatal', a.explain);
      else if (!a.causeMatch) disagree('wrong-cause', a.explain);
    }
  }
  return { total, byGroup, disagreements };
}

export const rate = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${(100 * rate(n, d)).toFixed(1).padStart(5)}%`);

export function formatScore(s: Score, title: string): string {
  const row = (name: string, t: Tally) =>
    `${name.padEnd(14)} ${String(t.cases).padStart(5)} ${String(t.refused).padStart(7)} ${pct(t.caught, t.refused)}  ${pct(t.causeMatch, t.refused)}  ` +
    `${String(t.falseErrors).padStart(5)}/${String(t.accepted).padEnd(5)} ${String(t.crashes).padStart(6)}  ${pct(t.warnCaught, t.zkWarned)} (${t.zkWarned})`;
  const lines = [
    title,
    `${'group'.padEnd(14)} cases refused recall  cause    falseErr/acc crashes warn-recall`,
    ...[...s.byGroup].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => row(k, t)),
    row('TOTAL', s.total),
  ];
  if (s.total.oracleFailures) lines.push(`oracle failures (excluded): ${s.total.oracleFailures}`);
  return lines.join('\n');
}

export function writeReport(path: string, s: Score, meta: Record<string, unknown>): void {
  const json = {
    ...meta,
    total: s.total,
    rates: {
      fatalRecall: rate(s.total.caught, s.total.refused),
      causeMatch: rate(s.total.causeMatch, s.total.refused),
      warningRecall: rate(s.total.warnCaught, s.total.zkWarned),
    },
    byGroup: Object.fromEntries(s.byGroup),
    disagreements: s.disagreements,
  };
  writeFileSync(path, JSON.stringify(json, null, 2));
}
