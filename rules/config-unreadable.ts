import { defineRule } from '../src/rule.js';

/**
 * A config file zklint cannot read as a properties file (missing, unreadable, binary, too large).
 * The linter reports it before any other rule runs; `check` has nothing to add.
 */
export default defineRule({
  id: 'config-unreadable',
  severity: 'error',
  docs: { description: 'The config file cannot be read, or is binary, UTF-16 or too large.', versions: 'all' },
  zookeeper: { effect: 'fatal' },
  check() {},
});
