import { defineRule, type LegacyReport as Report } from '../src/rule.js';
import type { ConfigFile } from '../src/model/config-file.js';
import { MALFORMED_UNICODE } from '../src/load/properties.js';

function reportEscapeErrors(file: ConfigFile, report: (r: Report) => void): void {
  for (const err of file.props.errors) {
    report({
      at: { file: file.source, span: err.span },
      message: `Malformed \\u escape: Java's Properties loader stops at it and ZooKeeper refuses to start ("${MALFORMED_UNICODE}"). A backslash always starts an escape in zoo.cfg.`,
      hint: 'Write a literal backslash as \\\\ (e.g. C:\\\\zk\\\\data), use forward slashes, or give exactly four hex digits (\\u00e9).',
    });
  }
}

/** java.util.Properties refuses the whole file on a bad \u escape. */
export default defineRule({
  id: 'malformed-unicode-escape',
  scope: 'any',
  severity: 'error',
  docs: { description: 'A \\u escape without four hex digits: the whole file fails to load.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: MALFORMED_UNICODE },
  check({ model, report }) {
    reportEscapeErrors(model.static, report);
    const dynamicFile = model.dynamic?.file;
    if (dynamicFile) reportEscapeErrors(dynamicFile, report);
  },
});
