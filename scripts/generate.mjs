#!/usr/bin/env node
// Writes the files generated from the rule registry (run after tsc by `npm run build`):
//   schemas/zklint.config.schema.json  the linter config's JSON Schema (editor completion via $schema)
//   rules/README.md                    the index of rules
// `--check` compares instead of writing and exits 1 when a file is stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(join(root, 'dist/rules/index.js'));
const { configSchemaText, rulesIndexText } = await import(join(root, 'dist/src/config/generated.js'));

const outputs = [
  ['schemas/zklint.config.schema.json', configSchemaText(rules)],
  ['rules/README.md', rulesIndexText(rules)],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, text] of outputs) {
  const file = join(root, rel);
  if (check) {
    let cur = '';
    try { cur = readFileSync(file, 'utf8'); } catch {}
    if (cur !== text) { stale++; console.error(`${rel} is out of date: run npm run build`); }
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
process.exitCode = stale ? 1 : 0;
