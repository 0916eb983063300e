import { defineRule } from '../src/rule.js';
import { idList, serverList } from '../src/model/describe.js';

/** In quorum mode the id in myid must name one of the server lines. */
export default defineRule({
  id: 'myid-not-in-server-list',
  severity: 'error',
  docs: { description: 'The id in myid (or --myid) has no server.N line.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'not in the peer list' },
  check({ model, report }) {
    const { myid, membership } = model;
    // -1 means unset on 3.5+ (myid-missing); 3.4 takes it as an id like any other.
    if (!model.distributed || myid.state !== 'ok' || myid.id === undefined || (myid.id === '-1' && model.version !== '3.4')) return;
    // Broken lines (server-line-invalid) or no voter at all (refused earlier, while parsing): ZooKeeper never gets here.
    if (membership.members.has(myid.id) || membership.errors.length > 0 || membership.voters.length === 0) return;
    const occ = model.static.effective.get('dataDir');
    const firstLine = membership.lines[0];
    const at = myid.source === 'file' && occ ? { occ, part: 'value' as const } : firstLine ? { occ: firstLine.occ } : { file: model.static.source.path };
    const from = myid.source === 'option' ? '--myid' : (myid.zkPath ?? 'myid');
    const all = [...membership.members.values()];
    report({
      at,
      message:
        `${from} says this is server ${myid.id}, but the ensemble lists only ${serverList(all)}. ZooKeeper parses the config, ` +
        `binds the client port, then stops with "My id ${myid.id} not in the peer list" (exit code 1, nothing on stderr).`,
      hint: `Set myid to this host's id (one of ${idList(all)}), or add a server.${myid.id} line to every node's config.`,
      related: membership.lines.map((d) => ({ at: { occ: d.occ }, message: `server.${d.id ?? '?'}` })),
      zookeeper: { effect: 'fatal', says: `My id ${myid.id} not in the peer list` },
    });
  },
});
