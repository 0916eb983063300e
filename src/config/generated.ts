/** Text of the generated files (config schema, rule index); the build writes them, a test compares. */
import type { Rule } from '../rule.js';
import { configSchema } from './schema.js';

export function configSchemaText(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}

const EFFECT: Record<string, string> = { fatal: 'refuses to start', warning: 'starts, logs a warning', silent: 'starts silently' };

export function rulesIndexText(rules: readonly Rule[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = rules.map((r) => `| [\`${r.id}\`](./${r.id}.md) | ${r.severity} | ${EFFECT[r.zookeeper.effect] ?? r.zookeeper.effect} | ${cell(r.docs.versions)} | ${cell(r.docs.description)} |`);
  return [
    '# zklint rules',
    '',
    '<!-- Generated from rules/index.ts by scripts/generate.mjs (npm run build); do not edit by hand. -->',
    '',
    'Each diagnostic links to its rule page (`docsUrl`, pinned to the package version). Change a',
    "rule's severity or options in `zklint.config.json` (`\"rules\": { \"<id>\": \"off\" | \"error\" | \"warning\" | \"info\" }`),",
    'or silence one finding with `# zklint-disable-next-line <id> -- reason`.',
    '',
    '| rule | default | ZooKeeper | versions | finds |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
