import { defineRule } from '../src/rule.js';
import { adminServer, isWildcard } from '../src/model/addresses.js';

type Exposed = { explicit: boolean; host: string; port: number };

/** The AdminServer is on by default (3.5+) and listens on 0.0.0.0:8080 without authentication. */
export default defineRule({
  id: 'admin-server-exposed',
  severity: 'info',
  versions: { since: '3.5' },
  docs: { description: 'The AdminServer (on by default) listens on all interfaces without authentication.' },
  zookeeper: { effect: 'silent' },
  messages: {
    exposed: ({ explicit, host, port }: Exposed) =>
      `The AdminServer is ${explicit ? 'enabled' : 'enabled by default'} and listens on ${host}:${port}, all interfaces, with no authentication: ` +
      'anyone who can reach the port can read configuration, connections and statistics (and in 3.9+ take snapshots).',
  },
  hints: {
    exposed: 'Set admin.serverAddress=127.0.0.1 (or an internal interface), firewall the port, or admin.enableServer=false if you do not use it.',
  },
  check({ model, report }) {
    const admin = adminServer(model);
    if (!admin.enabled || !isWildcard(admin.host)) return;
    const occ = model.static.effective.get('admin.serverAddress') ?? model.static.effective.get('admin.enableServer');
    report({
      messageId: 'exposed',
      args: { explicit: occ !== undefined, host: admin.host, port: admin.port },
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
    });
  },
});
