import { defineRule } from '../src/rule.js';

/** `4lw.commands.whitelist=*` enables every four-letter word for anyone who reaches the client port. */
export default defineRule({
  id: 'four-letter-words-all',
  severity: 'warning',
  docs: { description: '`4lw.commands.whitelist=*` opens dump, envi, cons, wchp… to anyone on the client port.', versions: '3.4.10+' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    const occ = model.static.effective.get('4lw.commands.whitelist');
    if (!occ || !occ.value.includes('*')) return;
    const items = occ.value.split(',').map((s) => s.trim());
    if (!items.includes('*')) return;
    report({
      at: { occ, part: 'value' },
      message:
        '4lw.commands.whitelist contains "*": every four-letter word is enabled, without authentication, for anyone who can reach the client port ' +
        '(envi shows the environment, dump and cons list sessions, wchp/wchc walk all watches, crst/srst reset statistics).',
      hint: 'List only what monitoring needs, e.g. 4lw.commands.whitelist=srvr,ruok,mntr (or use the AdminServer /commands endpoints).',
    });
  },
});
