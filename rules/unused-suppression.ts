import { defineRule } from '../src/rule.js';

/**
 * A `# zklint-disable…` comment that silences nothing (or names no known rule). The engine
 * reports it after the other rules ran (src/engine/suppress.ts); this entry gives it an id,
 * a severity that configs can change, and docs.
 */
export default defineRule({
  id: 'unused-suppression',
  severity: 'warning',
  scope: 'any',
  docs: { description: 'A zklint-disable comment suppresses no finding, or names a rule that does not exist.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check() {},
});
