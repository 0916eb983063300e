import { defineRule, relatedOf } from '../src/rule.js';
import { idList, serverList } from '../src/model/describe.js';

/** `servers`: the members in words; `ids`: their ids as a choice ("1, 2 or 3"). */
type Args = { id: string; path: string; servers: string; ids: string };

const rest = ({ id, servers }: Args) =>
  `says this is server ${id}, but the ensemble lists only ${servers}. ZooKeeper parses the config, ` +
  `binds the client port, then stops with "My id ${id} not in the peer list" (exit code 1, nothing on stderr).`;
const HINT = ({ id, ids }: Args) => `Set myid to this host's id (one of ${ids}), or add a server.${id} line to every node's config.`;

/** In quorum mode the id in myid must name one of the server lines. */
export default defineRule({
  id: 'myid-not-in-server-list',
  severity: 'error',
  versions: 'all',
  docs: { description: 'The server id (from myid, or given to the linter) has no server.N line.' },
  zookeeper: { effect: 'fatal', says: 'not in the peer list' },
  messages: {
    notListed: (a: Args) => `${a.path} ${rest(a)}`,
    // The id came from the caller (inventory), not from a file.
    givenIdNotListed: (a: Args) => `The given server id ${rest(a)}`,
    member: ({ id }: { id: string | undefined }) => `server.${id ?? '?'}`,
  },
  hints: { notListed: HINT, givenIdNotListed: HINT },
  check({ model, report }) {
    const { myid, membership } = model;
    // -1 means unset on 3.5+ (myid-missing); 3.4 takes it as an id like any other.
    if (!model.distributed || myid.state !== 'ok' || myid.id === undefined || (myid.id === '-1' && model.version !== '3.4')) return;
    // Broken lines (server-line-invalid) or no voter at all (refused earlier, while parsing): ZooKeeper never gets here.
    if (membership.members.has(myid.id) || membership.errors.length > 0 || membership.voters.length === 0) return;
    const occ = model.static.effective.get('dataDir');
    const firstLine = membership.lines[0];
    const at = myid.source === 'file' && occ ? { occ, part: 'value' as const } : firstLine ? { occ: firstLine.occ } : { file: model.static.source.path };
    const all = [...membership.members.values()];
    report({
      messageId: myid.source === 'option' ? 'givenIdNotListed' : 'notListed',
      args: { id: myid.id, path: myid.zkPath ?? 'myid', servers: serverList(all), ids: idList(all) } satisfies Args,
      at,
      related: relatedOf(membership.lines, (d) => ({ at: { occ: d.occ }, messageId: 'member', args: { id: d.id } })),
      zookeeper: { effect: 'fatal', says: `My id ${myid.id} not in the peer list` },
    });
  },
});
