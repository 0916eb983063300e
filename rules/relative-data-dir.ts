import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';
import { javaFilePath } from '../src/model/java-lenient.js';
import { atLeast } from '../src/model/version.js';

const DIR_KEYS = ['dataDir', 'dataLogDir'] as const;

/** Relative paths resolve against the JVM's working directory, not the config file's folder. */
export default defineRule({
  id: 'relative-data-dir',
  severity: 'warning',
  docs: { description: 'A relative dataDir/dataLogDir: resolved against the working directory ZooKeeper is started in.', versions: 'all' },
  zookeeper: { effect: 'warning', says: "is relative. Prepend ./ to indicate that you're sure!" },
  check({ model, report }) {
    for (const key of DIR_KEYS) {
      const occ = model.static.effective.get(key);
      // Absolute (the usual case): javaFilePath keeps the leading slash.
      if (!occ || occ.value.startsWith('/')) continue;
      if (hasPlaceholder(occ.value)) continue; // template-placeholder
      const p = javaFilePath(occ.value);
      if (p.startsWith('/') || p.length < 2 || p.startsWith('./')) continue; // too short: data-dir-too-short
      const windows = /^[A-Za-z]:/.test(occ.value);
      report({
        at: { occ, part: 'value' },
        message:
          (windows ? `${key}=${occ.value} is a Windows drive path: absolute only when ZooKeeper runs on Windows; on Linux or macOS it is a relative path` : `${key}=${occ.value} is a relative path`) +
          `: ZooKeeper resolves it against the directory it is started from, not the folder of zoo.cfg` +
          (atLeast(model.version, '3.5') ? `, and logs "${p} is relative. Prepend ./ to indicate that you're sure!".` : '.'),
        hint: `Use an absolute path (e.g. ${key}=/var/lib/zookeeper), or write ./${p} if the working directory is really meant.`,
      });
    }
  },
});
