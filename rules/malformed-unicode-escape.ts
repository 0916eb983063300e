import { defineRule, type Report } from '../src/rule.js';
import type { ConfigFile } from '../src/model/config-file.js';
import { MALFORMED_UNICODE } from '../src/load/properties.js';

function reportEscapeErrors(file: ConfigFile, report: (r: Report<'malformed'>) => void): void {
  for (const err of file.props.errors) report({ messageId: 'malformed', at: { file: file.source, span: err.span } });
}

/** java.util.Properties refuses the whole file on a bad \u escape. */
export default defineRule({
  id: 'malformed-unicode-escape',
  scope: 'any',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A \\u escape without four hex digits: the whole file fails to load.' },
  zookeeper: { effect: 'fatal', says: MALFORMED_UNICODE },
  messages: {
    malformed: `Malformed \\u escape: Java's Properties loader stops at it and ZooKeeper refuses to start ("${MALFORMED_UNICODE}"). A backslash always starts an escape in zoo.cfg.`,
  },
  hints: {
    malformed: 'Write a literal backslash as \\\\ (e.g. C:\\\\zk\\\\data), use forward slashes, or give exactly four hex digits (\\u00e9).',
  },
  check({ model, report }) {
    reportEscapeErrors(model.static, report);
    const dynamicFile = model.dynamic?.file;
    if (dynamicFile) reportEscapeErrors(dynamicFile, report);
  },
});
