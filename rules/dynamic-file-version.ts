import { defineRule } from '../src/rule.js';

/** The config version comes from the dynamic file's name, never from a key inside it. */
export default defineRule({
  id: 'dynamic-file-version',
  scope: 'any',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'A version= line inside the dynamic config file.' },
  zookeeper: { effect: 'fatal', says: "dynamic file shouldn't have version inside" },
  messages: {
    versionInside: ({ value }: { value: string }) =>
      `version=${value} inside the dynamic config file: ZooKeeper takes the config version from the file name (the hex suffix, e.g. zoo.cfg.dynamic.100000000) and refuses a version line ("dynamic file shouldn't have version inside").`,
  },
  hints: { versionInside: 'Remove the version line; encode the version in the file name instead.' },
  check({ model, report }) {
    const file = model.kind === 'dynamic' ? model.static : model.dynamic?.file;
    const occ = file?.effective.get('version');
    if (!occ) return;
    report({ messageId: 'versionInside', args: { value: occ.value }, at: { occ } });
  },
});
