import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';
import { javaFilePath } from '../src/model/java-lenient.js';
import { atLeast } from '../src/model/version.js';

const DIR_KEYS = ['dataDir', 'dataLogDir'] as const;

/** `path`: the path as ZooKeeper's File sees it; `logsPrepend`: the version logs its "Prepend ./" warning (3.5+). */
type Args = { key: string; value: string; path: string; logsPrepend: boolean };

const tail = ({ path, logsPrepend }: Args) =>
  `: ZooKeeper resolves it against the directory it is started from, not the folder of zoo.cfg` +
  (logsPrepend ? `, and logs "${path} is relative. Prepend ./ to indicate that you're sure!".` : '.');

/** Relative paths resolve against the JVM's working directory, not the config file's folder. */
export default defineRule({
  id: 'relative-data-dir',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A relative dataDir/dataLogDir: resolved against the working directory ZooKeeper is started in.' },
  // 3.5+ log this (VerifyingFileFactory; the "/" is File.separator, joined at run time); 3.4.13 has
  // no VerifyingFileFactory and says nothing: its findings override this with effect 'silent'.
  zookeeper: { effect: 'warning', says: "is relative. Prepend ./ to indicate that you're sure!" },
  messages: {
    relative: (a: Args) => `${a.key}=${a.value} is a relative path${tail(a)}`,
    windowsDrive: (a: Args) =>
      `${a.key}=${a.value} is a Windows drive path: absolute only when ZooKeeper runs on Windows; on Linux or macOS it is a relative path${tail(a)}`,
  },
  hints: { relative: hint, windowsDrive: hint },
  check({ model, report }) {
    for (const key of DIR_KEYS) {
      const occ = model.static.effective.get(key);
      // Absolute (the usual case): javaFilePath keeps the leading slash.
      if (!occ || occ.value.startsWith('/')) continue;
      if (hasPlaceholder(occ.value)) continue; // template-placeholder
      const p = javaFilePath(occ.value);
      if (p.startsWith('/') || p.length < 2 || p.startsWith('./')) continue; // too short: data-dir-too-short
      const logsPrepend = atLeast(model.version, '3.5');
      report({
        messageId: /^[A-Za-z]:/.test(occ.value) ? 'windowsDrive' : 'relative',
        args: { key, value: occ.value, path: p, logsPrepend } satisfies Args,
        at: { occ, part: 'value' },
        // Before 3.5 ZooKeeper says nothing about it.
        zookeeper: logsPrepend ? undefined : { effect: 'silent' },
      });
    }
  },
});

function hint({ key, path }: Args): string {
  return `Use an absolute path (e.g. ${key}=/var/lib/zookeeper), or write ./${path} if the working directory is really meant.`;
}
