import { defineEnsembleRule } from '../src/rule.js';

/** A compose file or manifest that does not parse: compose and kubectl refuse it before ZooKeeper runs. */
export default defineEnsembleRule({
  id: 'containers-yaml-invalid',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A compose file or Kubernetes manifest is not valid YAML (or cannot be read).' },
  zookeeper: { effect: 'fatal' },
  messages: {
    invalid: ({ detail }: { detail: string }) => `Not valid YAML: ${detail}. docker compose / kubectl refuse the file, so no ZooKeeper container starts.`,
  },
  hints: { invalid: 'Fix the YAML at this position (indentation, a missing colon, an unclosed quote or bracket).' },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    // The first problem is the cause; the parser's follow-on complaints about the same spot are noise.
    const p = view.file.problems[0];
    if (!p) return;
    const more = view.file.problems.length - 1;
    report({ messageId: 'invalid', args: { detail: p.message.replace(/\.$/, '') + (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'} after it)` : '') }, at: { loc: p.at } });
  },
});
