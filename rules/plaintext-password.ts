import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

const PASSWORD = /^ssl\.(quorum\.)?(keyStore|trustStore)\.password$/;
/** The four keys PASSWORD matches. */
const PASSWORD_KEYS = ['ssl.keyStore.password', 'ssl.trustStore.password', 'ssl.quorum.keyStore.password', 'ssl.quorum.trustStore.password'];

function hasPasswordKey(effective: ReadonlyMap<string, unknown>): boolean {
  for (const key of PASSWORD_KEYS) if (effective.has(key)) return true;
  return false;
}

/** `pathKey`: the *.passwordPath key that reads the password from a file; `hasPathKey`: the version has it (3.8+). */
type Args = { key: string; pathKey: string; hasPathKey: boolean };

/** Key/trust store passwords written into zoo.cfg sit in clear text in a file many can read. */
export default defineRule({
  id: 'plaintext-password',
  severity: 'warning',
  versions: { since: '3.5' },
  docs: { description: 'TLS key/trust store passwords in clear text in zoo.cfg.' },
  zookeeper: { effect: 'silent' },
  messages: {
    clearText: ({ key }: Args) =>
      `${key} holds the store password in clear text: anyone who can read zoo.cfg (config management, backups, support bundles) can open the ${key.includes('keyStore') ? 'key store and impersonate this server' : 'trust store'}.`,
  },
  hints: {
    clearText: ({ pathKey, hasPathKey }: Args) =>
      hasPathKey
        ? `Put the password in a file only the ZooKeeper user can read and point ${pathKey} at it (3.8+).`
        : `Restrict zoo.cfg to the ZooKeeper user (chmod 600); from 3.8 on use ${pathKey} instead.`,
  },
  check({ model, report }) {
    if (!hasPasswordKey(model.static.effective)) return; // most configs hold no store password
    for (const occ of model.static.winners) {
      const key = occ.key;
      if (!PASSWORD.test(key) || occ.value === '') continue;
      report({
        messageId: 'clearText',
        args: { key, pathKey: key.replace(/password$/, 'passwordPath'), hasPathKey: atLeast(model.version, '3.8') } satisfies Args,
        at: { occ, part: 'value' },
      });
    }
  },
});
