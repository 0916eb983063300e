import { defineRule } from '../src/rule.js';

type NotChecked = { path: string; root?: string };

const relative = ({ path }: NotChecked) => `${path} not checked: relative path: ZooKeeper resolves it against its working directory, unknown here.`;
const absent = ({ path, root }: NotChecked) => `${path} not checked: it does not exist ${root ? `under ${root}` : 'on this machine'}.`;
const MYID = ' myid could not be verified.';

/**
 * When zklint runs away from the server, it says what it could not check instead of guessing.
 * The fix is how zklint is run (on the host, against a rendered tree, with the id given), which
 * is the front end's to say: the command adds its flags (src/cli/advice.ts).
 */
export default defineRule({
  id: 'data-dir-not-checked',
  severity: 'info',
  versions: 'all',
  docs: { description: 'dataDir (and so myid) could not be checked here: it is relative or does not exist on this machine.' },
  zookeeper: { effect: 'silent' },
  messages: {
    relative,
    absent,
    relativeMyid: (a: NotChecked) => relative(a) + MYID,
    absentMyid: (a: NotChecked) => absent(a) + MYID,
  },
  check({ model, report }) {
    const occ = model.static.effective.get('dataDir');
    const dir = model.dataDir;
    if (!occ || !dir || dir.state !== 'unknown' || model.myid.source === 'option') return;
    const why = dir.unchecked === 'relative' ? 'relative' : 'absent';
    report({
      messageId: model.distributed ? `${why}Myid` : why,
      args: { path: dir.zkPath, root: model.options.root } satisfies NotChecked,
      at: { occ, part: 'value' },
    });
  },
});
