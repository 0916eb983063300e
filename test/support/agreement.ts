/** The agreement test between a ZooKeeper verdict and zklint's diagnostics for the same case. */
import type { Diagnostic } from '../../src/diagnostic.js';
import type { OracleVerdict } from '../oracle/oracle.js';

export interface Agreement {
  ok: boolean;
  /** ZooKeeper refused and zklint had an error (cause may still differ). */
  caught: boolean;
  /** The error's `zookeeper.says` appears in ZooKeeper's own words. */
  causeMatch: boolean;
  explain: string;
}

export function zkWords(v: OracleVerdict): string[] {
  return [...v.messages, ...v.causeClasses.map((c) => c.split('.').pop() as string), v.stderr].filter((s) => s);
}

export function agreement(v: OracleVerdict, diags: readonly Diagnostic[]): Agreement {
  const errors = diags.filter((d) => d.severity === 'error');
  const show = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.ruleId}@${d.line}: ${d.zookeeper?.says ?? '(no says)'}`).join('; ');
  if (v.accepted) {
    return {
      ok: errors.length === 0,
      caught: false,
      causeMatch: true,
      explain: `ZooKeeper accepted (mode ${v.mode}), zklint reported errors: ${show(errors)}`,
    };
  }
  const words = zkWords(v);
  const matching = errors.filter((d) => d.zookeeper?.says && words.some((w) => w.includes(d.zookeeper?.says as string)));
  return {
    ok: matching.length > 0,
    caught: errors.length > 0,
    causeMatch: matching.length > 0,
    explain: `ZooKeeper refused (exit ${v.exitCode}: ${words.join(' / ')}); zklint errors: ${show(errors) || 'none'}`,
  };
}
