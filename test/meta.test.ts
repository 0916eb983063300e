import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { VERSION, docsUrl } from '../src/meta.js';

it('VERSION matches package.json and docs links pin it', () => {
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
  expect(docsUrl('myid-missing')).toContain(`/v${pkg.version}/rules/myid-missing.md`);
});
