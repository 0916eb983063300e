import { defineRule } from '../src/rule.js';

interface Args {
  path: string;
  myid: string;
}

/**
 * Away from the server zklint reads none of the config's paths, so the same config gets the same
 * verdict on every machine; it says what it did not check instead of guessing. The command adds
 * how to check it (on the server, in a rendered tree, or with the id from inventory).
 */
export default defineRule({
  id: 'data-dir-not-checked',
  severity: 'info',
  versions: 'all',
  docs: { description: 'dataDir (and so myid) was not checked: zklint runs away from the server, or the path is relative or not in the rendered tree.' },
  zookeeper: { effect: 'silent' },
  messages: {
    offHost: ({ path, myid }: Args) =>
      `${path} not checked: it is a path on the server, and this machine's files say nothing about the server's.${myid}`,
    relativePath: ({ path, myid }: Args) =>
      `${path} not checked: relative path, which ZooKeeper resolves against its working directory, unknown here.${myid}`,
    absentInRoot: ({ path, myid }: Args) => `${path} not checked: it does not exist in the rendered tree.${myid}`,
  },
  hints: {
    offHost: 'Lint on the server to check the data directory and myid.',
    relativePath: 'Use an absolute dataDir (ZooKeeper\'s working directory depends on how it is started), or lint on the server.',
    absentInRoot: 'Render the data directory (and myid) into the tree, or lint on the server.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('dataDir');
    const dir = model.dataDir;
    if (!occ || !dir || dir.state !== 'unknown' || model.myid.source === 'option') return;
    const messageId = dir.notChecked === 'relative-path' ? 'relativePath' : dir.notChecked === 'absent-in-root' ? 'absentInRoot' : 'offHost';
    report({ messageId, args: { path: dir.zkPath, myid: model.distributed ? ' myid could not be verified.' : '' }, at: { occ, part: 'value' } });
  },
});
