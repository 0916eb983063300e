import { defineRule } from '../src/rule.js';
import { idList, plural, serverList } from '../src/model/describe.js';

/** Quorum mode needs `<dataDir>/myid`; without it ZooKeeper only says "Invalid config". */
export default defineRule({
  id: 'myid-missing',
  severity: 'error',
  docs: { description: 'A quorum config whose data directory has no myid file.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'myid file is missing' },
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
    const what =
      myid.state === 'directory'
        ? `${path} is a directory, which ZooKeeper treats as no myid file`
        : negativeOne
          ? `${path} contains -1, ZooKeeper's "unset" value, so it reads as missing`
          : myid.willBeCreated
            ? `${dataDir.zkPath} does not exist yet; ZooKeeper will create it empty, so ${path} will not exist`
            : `${path} does not exist`;
    // 3.4 opens an existing myid without checking it is a file: FileReader fails "(Is a directory)".
    const says =
      model.version === '3.4' ? (myid.state === 'directory' ? `${path} (Is a directory)` : `${path} file is missing`) : 'myid file is missing';
    report({
      at: { occ, part: 'value' },
      message:
        `This is a quorum config (${plural(voters.length, 'voting server')}: ${serverList(voters)}), so ZooKeeper reads ` +
        `${path} to learn which server it is; ${what}. ZooKeeper will refuse to start, printing only ` +
        `"Invalid config, exiting abnormally" (the log says "${says}").`,
      hint: `Write this server's id (${voters.length ? `one of ${idList(voters)}` : 'its server.N number'}) into ${path}, e.g. \`echo ${voters[0]?.id ?? 1} > ${path}\`.`,
      related: membership.lines.map((d) => ({ at: { occ: d.occ, part: 'key' as const }, message: `server.${d.id ?? '?'} is a member` })),
      zookeeper: { effect: 'fatal', says },
    });
  },
});
