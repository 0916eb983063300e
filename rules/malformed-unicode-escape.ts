import { defineRule } from '../src/rule.js';
import { MALFORMED_UNICODE } from '../src/load/properties.js';

/** java.util.Properties refuses the whole file on a bad \u escape. */
export default defineRule({
  id: 'malformed-unicode-escape',
  scope: 'any',
  severity: 'error',
  docs: { description: 'A \\u escape without four hex digits: the whole file fails to load.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: MALFORMED_UNICODE },
  check({ model, report }) {
    const files = [model.static, ...(model.dynamic?.file ? [model.dynamic.file] : [])];
    for (const file of files) {
      for (const err of file.props.errors) {
        report({
          at: { file: file.source, span: err.span },
          message: `Malformed \\u escape: Java's Properties loader stops at it and ZooKeeper refuses to start ("${MALFORMED_UNICODE}"). A backslash always starts an escape in zoo.cfg.`,
          hint: 'Write a literal backslash as \\\\ (e.g. C:\\\\zk\\\\data), use forward slashes, or give exactly four hex digits (\\u00e9).',
        });
      }
    }
  },
});
