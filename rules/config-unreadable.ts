import { defineRule } from '../src/rule.js';

type Args = { file: string; detail?: string; says?: string };

/** ZooKeeper reads any bytes as ISO-8859-1 text: what it then does, in its words when known. */
const stops = (says: string | undefined) =>
  says === undefined ? 'ZooKeeper reads it as ISO-8859-1 text all the same and refuses to start' : `ZooKeeper reads it as ISO-8859-1 text all the same and stops (${says})`;

/**
 * A config file zklint cannot read as a properties file (missing, unreadable, binary, too large).
 * The linter reports it, by the loader's reason code, before any other rule runs; `check` has
 * nothing to add. A binary or UTF-16 file is still text to ZooKeeper: the linter lints it to learn
 * ZooKeeper's words (`says`), and lints it as text when nothing in it stops ZooKeeper.
 */
export default defineRule({
  id: 'config-unreadable',
  severity: 'error',
  versions: 'all',
  docs: { description: 'The config file cannot be read, or is binary, UTF-16 or too large.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    missing: ({ file }: Args) => `Cannot lint ${file}: file does not exist.`,
    unreadable: ({ file, detail }: Args) => `Cannot lint ${file}: cannot read file: ${detail ?? 'unknown error'}.`,
    directory: ({ file }: Args) => `Cannot lint ${file}: path is a directory, not a file.`,
    'not-regular': ({ file }: Args) => `Cannot lint ${file}: not a regular file (a device, FIFO or socket).`,
    'too-large': ({ file, detail }: Args) => `Cannot lint ${file}: ${detail ?? 'file is too large'}.`,
    binary: ({ file, says }: Args) => `Cannot lint ${file}: it is binary (full of control bytes), not a properties file; ${stops(says)}.`,
    utf16: ({ file, says }: Args) =>
      `Cannot lint ${file}: file is UTF-16 encoded; ${stops(says)}.`,
    'not-config': ({ file }: Args) => `Cannot lint ${file}: it is not a ZooKeeper config file.`,
  },
  check() {},
});
