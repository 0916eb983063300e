import { defineRule } from '../src/rule.js';

interface Args {
  path: string;
  fileId: string;
  optionId: string;
}

/**
 * The id given from inventory (the `myid` option) and the server's own `<dataDir>/myid` disagree.
 * ZooKeeper reads only the file, so the server joins as the file's member: the inventory and the
 * ensemble disagree about who is who (two servers may claim one id, one id may have no server).
 */
export default defineRule({
  id: 'myid-option-mismatch',
  severity: 'error',
  versions: 'all',
  docs: { description: 'The id given from inventory differs from the server\'s own myid file, which is the one ZooKeeper uses.' },
  zookeeper: { effect: 'silent' },
  messages: {
    differs: ({ path, fileId, optionId }: Args) =>
      `The inventory says this is server ${optionId}, but ${path} says ${fileId}: ZooKeeper reads only the file and runs as server ${fileId}.`,
  },
  hints: {
    differs: ({ path, optionId }: Args) => `Write ${optionId} into ${path} if the inventory is right (\`echo ${optionId} > ${path}\`), or correct the inventory.`,
  },
  check({ model, report }) {
    const { myid } = model;
    if (myid.optionId === undefined || myid.state !== 'ok' || myid.id === undefined || myid.id === myid.optionId) return;
    const occ = model.static.effective.get('dataDir');
    if (!occ) return;
    report({
      messageId: 'differs',
      args: { path: myid.zkPath ?? 'myid', fileId: myid.id, optionId: myid.optionId },
      at: { occ, part: 'value' },
    });
  },
});
