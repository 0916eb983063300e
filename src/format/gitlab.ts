/** `--format gitlab`: GitLab Code Quality report (a JSON array of issues with fingerprints). */
import type { Severity } from '../diagnostic.js';
import { findings } from './common.js';
import type { Formatter } from './types.js';

const SEVERITY: Record<Severity, 'critical' | 'minor' | 'info'> = { error: 'critical', warning: 'minor', info: 'info' };

export const gitlab: Formatter = (result, ctx) => {
  const issues = findings(result, ctx).map(({ d, rel, fingerprint }) => ({
    type: 'issue',
    description: d.hint ? `${d.message} Fix: ${d.hint}` : d.message,
    check_name: d.ruleId,
    fingerprint,
    severity: SEVERITY[d.severity],
    categories: ['Bug Risk'],
    location: { path: rel, lines: { begin: d.line, end: d.endLine } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
