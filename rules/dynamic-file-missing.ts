import { defineRule } from '../src/rule.js';
import type { LoadProblem } from '../src/load/source.js';

const WHY: Record<string, string> = {
  directory: 'it is a directory',
  'not-regular': 'it is not a regular file',
  'too-large': 'it is too large',
  binary: 'it is binary',
  utf16: 'it is UTF-16 encoded',
};
function why(p: LoadProblem | undefined): string {
  if (p?.detail) return p.detail;
  return (p && WHY[p.code]) ?? 'unreadable';
}

/** dynamicConfigFile names a file ZooKeeper cannot open. */
export default defineRule({
  id: 'dynamic-file-missing',
  severity: 'error',
  docs: { description: 'dynamicConfigFile points at a file that does not exist or cannot be read.', versions: '3.5+' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    const dyn = model.dynamic;
    if (!dyn || (dyn.state !== 'missing' && dyn.state !== 'unreadable')) return;
    if (dyn.problem?.code === 'not-config') {
      // Not a membership file (e.g. a system file): say so without echoing any of its content.
      report({
        at: { occ: dyn.occ, part: 'value' },
        message:
          `dynamicConfigFile=${dyn.zkPath} is not a dynamic membership file (its keys are not server.N/group/weight lines). ` +
          'ZooKeeper reads it as one and refuses to start on its first other key ("Unrecognised parameter: …").',
        hint: 'Point dynamicConfigFile at the membership file (zoo.cfg.dynamic.<version>), or remove it and keep server lines in zoo.cfg.',
        zookeeper: { effect: 'fatal', says: 'Unrecognised parameter' },
      });
      return;
    }
    const says = `Error processing ${dyn.zkPath}`;
    report({
      at: { occ: dyn.occ, part: 'value' },
      message:
        `dynamicConfigFile=${dyn.zkPath} ${dyn.state === 'missing' ? 'does not exist' : `cannot be read (${why(dyn.problem)})`}: ` +
        'ZooKeeper takes the whole membership from it and refuses to start ("Invalid config, exiting abnormally"; the log says ' +
        `"${says}" caused by FileNotFoundException).`,
      hint: `Create ${dyn.zkPath} with the server.N lines (relative paths resolve against ZooKeeper's working directory), or remove dynamicConfigFile and keep server lines in this file.`,
      zookeeper: { effect: 'fatal', says },
    });
  },
});
