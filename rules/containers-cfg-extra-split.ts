import { defineEnsembleRule } from '../src/rule.js';
import { oncePerPlace } from '../src/ensemble/describe.js';
import { ifsWords } from '../src/containers/env.js';

type A = { node: string; name: string; word: string; first: string; count: number };

/**
 * The official image appends `$ZOO_CFG_EXTRA` (and `$ZOO_SERVERS`) to zoo.cfg unquoted: bash
 * splits the value on blanks and writes each word on its own line. A value with a space inside
 * (`4lw.commands.whitelist=srvr, mntr`) becomes a cut-short setting plus a stray key.
 */
export default defineEnsembleRule({
  id: 'containers-cfg-extra-split',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A ZOO_CFG_EXTRA (or ZOO_SERVERS) value with a space inside: the official image splits it into separate zoo.cfg lines.' },
  zookeeper: { effect: 'silent' },
  messages: {
    split: ({ node, name, word, first, count }: A) =>
      `${node}: the official image writes ${name} unquoted, one zoo.cfg line per blank-separated word: "${word}" becomes a line (a key) of its own${count > 1 ? ` (and ${count - 1} more word${count > 2 ? 's' : ''} after it)` : ''}, and the setting before it ends at "${first}".`,
  },
  hints: { split: ({ name }: A) => `Write ${name} without spaces inside a value (e.g. 4lw.commands.whitelist=srvr,mntr,ruok); separate settings with one space.` },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    const firstTime = oncePerPlace();
    for (const f of view.nodes) {
      if (f.rendered?.image !== 'official' || f.container.provided) continue;
      for (const name of ['ZOO_CFG_EXTRA', 'ZOO_SERVERS']) {
        const v = f.container.env.get(name);
        if (v?.value === undefined) continue;
        const words = ifsWords(v.value);
        // A word with no separator continues the previous setting: it was meant to be part of it.
        const stray = words.filter((w, i) => i > 0 && !/[=:]/.test(w.word));
        const head = stray[0];
        if (!head) continue;
        const before = words[words.indexOf(head) - 1] as { word: string; offset: number };
        const at = v.start ? { file: v.start.file, line: v.start.line, column: v.start.column + head.offset, endLine: v.start.line, endColumn: v.start.column + head.offset + head.word.length } : v.at;
        if (!firstTime(at)) continue;
        report({ messageId: 'split', args: { node: f.container.name, name, word: head.word, first: before.word, count: stray.length }, at: { loc: at } });
      }
    }
  },
});
