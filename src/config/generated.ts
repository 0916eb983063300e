/** Text of the generated files (config schema, rule index); the build writes them, a test compares. */
import type { RuleMeta } from '../rule.js';
import { versionsText } from '../engine/words.js';
import { configSchema } from './schema.js';

export function configSchemaText(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}

const EFFECT: Record<string, string> = { fatal: 'refuses to start', warning: 'starts, logs a warning', silent: 'starts silently' };

export function rulesIndexText(rules: readonly RuleMeta[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const row = (r: RuleMeta) => `| [\`${r.id}\`](./${r.id}.md) | ${r.severity} | ${EFFECT[r.zookeeper.effect] ?? r.zookeeper.effect} | ${cell(versionsText(r))} | ${cell(r.docs.description)} |`;
  const head = ['| rule | default | ZooKeeper | versions | finds |', '|---|---|---|---|---|'];
  const ensemble = rules.filter((r) => r.kind === 'ensemble');
  return [
    '# zklint rules',
    '',
    '<!-- Generated from the rule files (rules/index.ts) by scripts/generate.mjs (npm run build); do not edit by hand. -->',
    '',
    'Each diagnostic links to its rule page (`docsUrl`, pinned to the package version). Change a',
    "rule's severity or options in `zklint.config.json` (`\"rules\": { \"<id>\": \"off\" | \"error\" | \"warning\" | \"info\" }`),",
    'or silence one finding with `# zklint-disable-next-line <id> -- reason`.',
    '',
    ...head,
    ...rules.filter((r) => r.kind !== 'ensemble').map(row),
    '',
    ...(ensemble.length
      ? [
          '## Ensemble rules',
          '',
          'These see every node of one ensemble at once (several configs linted together, see',
          '[Ensembles](../README.md#ensembles)); each reports on one node\'s file and points at the others.',
          'Configure and suppress them like any other rule.',
          '',
          ...head,
          ...ensemble.map(row),
          '',
        ]
      : []),
  ].join('\n');
}
