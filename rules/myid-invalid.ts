import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

/** myid's first line must be a bare decimal number: ZooKeeper does not trim it. */
export default defineRule({
  id: 'myid-invalid',
  severity: 'error',
  docs: { description: 'A myid file whose first line is not a number (spaces, BOM, text, empty).', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'is not a number' },
  check({ model, report }) {
    const { myid } = model;
    if (myid.state !== 'invalid') return;
    // 3.4 and 3.5.0 read myid only in quorum mode; 3.5.1+ whenever the file exists.
    if (!atLeast(model.version, '3.5') && !model.distributed) return;
    const occ = model.static.effective.get('dataDir');
    if (!occ) return;
    const line = myid.firstLine ?? null;
    const shown = line === null ? 'the file is empty' : `its first line is ${JSON.stringify(line)}`;
    const why =
      line === null
        ? ''
        : line.startsWith('\ufeff')
          ? ' (it starts with a byte-order mark)'
          : /^\s|\s$/.test(line)
            ? ' (ZooKeeper does not trim whitespace)'
            : '';
    report({
      at: { occ, part: 'value' },
      message:
        `${myid.zkPath} is not a valid server id: ${shown}${why}. ZooKeeper reads the first line with Long.parseLong and refuses to start` +
        `${model.distributed ? '' : ', even in standalone mode'}.`,
      hint: `Write only the number, e.g. \`printf '1\\n' > ${myid.zkPath}\`.`,
      zookeeper: { effect: 'fatal', says: myid.says as string },
    });
  },
});
