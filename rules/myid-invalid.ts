import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

type Args = { path: string; firstLine: string | null; why: string; distributed: boolean };

/** myid's first line must be a bare decimal number: ZooKeeper does not trim it. */
export default defineRule({
  id: 'myid-invalid',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A myid file whose first line is not a number (spaces, BOM, text, empty).' },
  zookeeper: { effect: 'fatal', says: 'is not a number' },
  messages: {
    notANumber: ({ path, firstLine, why, distributed }: Args) =>
      `${path} is not a valid server id: ${firstLine === null ? 'the file is empty' : `its first line is ${JSON.stringify(firstLine)}`}${why}. ` +
      `ZooKeeper reads the first line with Long.parseLong and refuses to start${distributed ? '' : ', even in standalone mode'}.`,
  },
  hints: {
    notANumber: ({ path }: Args) => `Write only the number, e.g. \`printf '1\\n' > ${path}\`.`,
  },
  check({ model, report }) {
    const { myid } = model;
    if (myid.state !== 'invalid') return;
    // 3.4 and 3.5.0 read myid only in quorum mode; 3.5.1+ whenever the file exists.
    if (!atLeast(model.version, '3.5') && !model.distributed) return;
    const occ = model.static.effective.get('dataDir');
    if (!occ) return;
    const line = myid.firstLine ?? null;
    const why =
      line === null
        ? ''
        : line.startsWith('\ufeff')
          ? ' (it starts with a byte-order mark)'
          : /^\s|\s$/.test(line)
            ? ' (ZooKeeper does not trim whitespace)'
            : '';
    report({
      messageId: 'notANumber',
      args: { path: myid.zkPath as string, firstLine: line, why, distributed: model.distributed } satisfies Args,
      at: { occ, part: 'value' },
      zookeeper: { effect: 'fatal', says: myid.says as string },
    });
  },
});
