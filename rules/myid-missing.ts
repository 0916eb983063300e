import { defineRule, relatedOf } from '../src/rule.js';
import { idList, plural, serverList } from '../src/model/describe.js';

/** `servers`: the voters in words; `ids`: their ids as a choice ("1, 2 or 3"); `firstId`: an example id. */
type Args = { voterCount: number; servers: string; ids: string; firstId: string; path: string; dataDir: string; says: string };

const intro = ({ voterCount, servers, path }: Args) =>
  `This is a quorum config (${plural(voterCount, 'voting server')}: ${servers}), so ZooKeeper reads ${path} to learn which server it is; `;
const outro = ({ says }: Args) => `. ZooKeeper will refuse to start, printing only "Invalid config, exiting abnormally" (the log says "${says}").`;

/** Quorum mode needs `<dataDir>/myid`; without it ZooKeeper only says "Invalid config". */
export default defineRule({
  id: 'myid-missing',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A quorum config whose data directory has no myid file.' },
  // 3.4 names the file ("<dataDir>/myid file is missing"); 3.5+ say "myid file is missing".
  zookeeper: { effect: 'fatal', says: [{ until: '3.4', says: 'file is missing' }, { says: 'myid file is missing' }] },
  messages: {
    isDirectory: (a: Args) => `${intro(a)}${a.path} is a directory, which ZooKeeper treats as no myid file${outro(a)}`,
    minusOne: (a: Args) => `${intro(a)}${a.path} contains -1, ZooKeeper's "unset" value, so it reads as missing${outro(a)}`,
    dataDirWillBeCreated: (a: Args) =>
      `${intro(a)}${a.dataDir} does not exist yet; ZooKeeper will create it empty, so ${a.path} will not exist${outro(a)}`,
    missing: (a: Args) => `${intro(a)}${a.path} does not exist${outro(a)}`,
    member: ({ id }: { id: string | undefined }) => `server.${id ?? '?'} is a member`,
  },
  hints: {
    isDirectory: hint,
    minusOne: hint,
    dataDirWillBeCreated: hint,
    missing: hint,
  },
  check({ model, report }) {
    if (!model.distributed) return;
    const myid = model.myid;
    // -1 is 3.5+'s "unset" sentinel; 3.4 takes it as a real id ("My id -1 not in the peer list").
    const negativeOne = myid.state === 'ok' && myid.id === '-1' && model.version !== '3.4';
    if (myid.state !== 'missing' && myid.state !== 'directory' && !negativeOne) return;
    if (myid.source === 'option') return;
    const membership = model.membership;
    // standaloneEnabled=false without participants is refused while parsing, before myid is read.
    if (membership.voters.length === 0) return;
    const dataDir = model.dataDir;
    const occ = model.static.effective.get('dataDir');
    if (!occ || !dataDir) return;
    const voters = membership.voters;
    const path = myid.zkPath ?? `${dataDir.zkPath}/myid`;
    // ZooKeeper's words differ by release: 3.4 names the file, and opens an existing myid without
    // checking it is a file (FileReader fails "(Is a directory)").
    const says =
      model.version === '3.4' ? (myid.state === 'directory' ? `${path} (Is a directory)` : `${path} file is missing`) : 'myid file is missing';
    report({
      messageId: myid.state === 'directory' ? 'isDirectory' : negativeOne ? 'minusOne' : myid.willBeCreated ? 'dataDirWillBeCreated' : 'missing',
      args: {
        voterCount: voters.length,
        servers: serverList(voters),
        ids: idList(voters),
        firstId: voters[0]?.id ?? '1',
        path,
        dataDir: dataDir.zkPath,
        says,
      } satisfies Args,
      at: { occ, part: 'value' },
      related: relatedOf(membership.lines, (d) => ({ at: { occ: d.occ, part: 'key' as const }, messageId: 'member', args: { id: d.id } })),
      zookeeper: { effect: 'fatal', says },
    });
  },
});

function hint({ voterCount, ids, firstId, path }: Args): string {
  return `Write this server's id (${voterCount ? `one of ${ids}` : 'its server.N number'}) into ${path}, e.g. \`echo ${firstId} > ${path}\`.`;
}
