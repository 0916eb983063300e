import { defineRule } from '../src/rule.js';

/** The config version comes from the dynamic file's name, never from a key inside it. */
export default defineRule({
  id: 'dynamic-file-version',
  scope: 'any',
  severity: 'error',
  docs: { description: 'A version= line inside the dynamic config file.', versions: '3.5+' },
  zookeeper: { effect: 'fatal', says: "dynamic file shouldn't have version inside" },
  check({ model, report }) {
    const file = model.kind === 'dynamic' ? model.static : model.dynamic?.file;
    const occ = file?.effective.get('version');
    if (!file || !occ) return;
    report({
      at: { occ },
      message:
        `version=${occ.value} inside the dynamic config file: ZooKeeper takes the config version from the file name (the hex suffix, e.g. zoo.cfg.dynamic.100000000) and refuses a version line ("dynamic file shouldn't have version inside").`,
      hint: 'Remove the version line; encode the version in the file name instead.',
    });
  },
});
