import { defineRule } from '../src/rule.js';
import { adminServer, isWildcard } from '../src/model/addresses.js';
import { atLeast } from '../src/model/version.js';

/** The AdminServer is on by default (3.5+) and listens on 0.0.0.0:8080 without authentication. */
export default defineRule({
  id: 'admin-server-exposed',
  severity: 'info',
  docs: { description: 'The AdminServer (on by default) listens on all interfaces without authentication.', versions: '3.5+' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5')) return;
    const admin = adminServer(model);
    if (!admin.enabled || !isWildcard(admin.host)) return;
    const occ = model.static.effective.get('admin.serverAddress') ?? model.static.effective.get('admin.enableServer');
    const explicit = occ !== undefined;
    report({
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
      message:
        `The AdminServer is ${explicit ? 'enabled' : 'enabled by default'} and listens on ${admin.host}:${admin.port}, all interfaces, with no authentication: ` +
        'anyone who can reach the port can read configuration, connections and statistics (and in 3.9+ take snapshots).',
      hint: 'Set admin.serverAddress=127.0.0.1 (or an internal interface), firewall the port, or admin.enableServer=false if you do not use it.',
    });
  },
});
