/**
 * The linter config's JSON Schema, generated from the rule catalogue (rules/catalog.ts: per-file
 * and ensemble rules; ids, default severities, optionsSchema). `npm run build` writes it to schemas/zklint.config.schema.json; a test keeps
 * that file equal to this function's output.
 */
import type { RuleMeta } from '../rule.js';
import { ZK_VERSIONS } from '../model/version.js';
import { REPOSITORY, VERSION } from '../meta.js';

export const CONFIG_FILE_NAMES = ['zklint.config.json', '.zklintrc.json'] as const;

export const TOP_LEVEL_KEYS = ['$schema', 'rules', 'zkVersion', 'jvmFlags', 'faultTolerance', 'zones', 'ensembles', 'ignore'] as const;

const SEVERITY = { enum: ['off', 'error', 'warning', 'info'] };

function ruleSchema(rule: RuleMeta): Record<string, unknown> {
  const options = rule.optionsSchema ?? { type: 'object', additionalProperties: false, maxProperties: 0 };
  return {
    description: `${rule.kind === 'ensemble' ? 'Ensemble rule: ' : ''}${rule.docs.description} (default: ${rule.severity})`,
    anyOf: [
      SEVERITY,
      {
        type: 'object',
        properties: { severity: SEVERITY, options },
        additionalProperties: false,
      },
    ],
  };
}

export function configSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) ruleProps[r.id] = ruleSchema(r);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${REPOSITORY}/blob/v${VERSION}/schemas/zklint.config.schema.json`,
    title: 'zklint linter config (zklint.config.json / .zklintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'Path or URL of this schema, for editor completion.' },
      rules: {
        type: 'object',
        description: 'Per-rule setting: "off", a severity, or { severity, options }.',
        properties: ruleProps,
        additionalProperties: false,
      },
      zkVersion: { enum: [...ZK_VERSIONS], description: 'ZooKeeper release line to check against (default 3.8).' },
      jvmFlags: { type: 'array', items: { type: 'string', pattern: '^(-D)?[^=\\s]+=' }, description: 'JVM system properties the server starts with, as -Dkey=value.' },
      faultTolerance: { type: 'integer', minimum: 0, description: 'Server failures the ensemble must survive (needs 2f+1 voters).' },
      zones: {
        type: 'object',
        description: 'Failure zone (rack, availability zone) of each server, keyed by server id ("3") or host ("zk1"); an id key wins over a host key.',
        additionalProperties: { type: 'string', minLength: 1 },
      },
      ensembles: {
        type: 'array',
        description: 'Groups of config files that make up one ensemble, linted together.',
        items: {
          type: 'object',
          properties: { name: { type: 'string' }, files: { type: 'array', items: { type: 'string' }, minItems: 1 } },
          required: ['files'],
          additionalProperties: false,
        },
      },
      ignore: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs (relative to this file) of configs not to lint.' },
    },
  };
}
