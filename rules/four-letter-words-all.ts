import { defineRule } from '../src/rule.js';

/** `4lw.commands.whitelist=*` enables every four-letter word for anyone who reaches the client port. */
export default defineRule({
  id: 'four-letter-words-all',
  severity: 'warning',
  // The whitelist exists from 3.4.10 (and 3.5.3); a release line cannot say 3.4.0-3.4.9 apart.
  versions: { since: '3.4.10' },
  docs: { description: '`4lw.commands.whitelist=*` opens dump, envi, cons, wchp… to anyone on the client port.' },
  zookeeper: { effect: 'silent' },
  messages: {
    all:
      '4lw.commands.whitelist contains "*": every four-letter word is enabled, without authentication, for anyone who can reach the client port ' +
      '(envi shows the environment, dump and cons list sessions, wchp/wchc walk all watches, crst/srst reset statistics).',
  },
  hints: { all: 'List only what monitoring needs, e.g. 4lw.commands.whitelist=srvr,ruok,mntr (or use the AdminServer /commands endpoints).' },
  check({ model, report }) {
    const occ = model.static.effective.get('4lw.commands.whitelist');
    if (!occ || !occ.value.includes('*')) return;
    if (!occ.value.split(',').some((s) => s.trim() === '*')) return;
    report({ messageId: 'all', at: { occ, part: 'value' } });
  },
});
