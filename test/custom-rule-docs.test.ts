/**
 * Custom rules carry their own documentation link: SARIF's helpUri, JUnit's "Docs:" and stylish's
 * "docs:" name the rule's own docs.url, and a custom rule without one is never linked into zklint's
 * repository (which has no page for it). Built-in rules keep their pages.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, lintText, loadFormatter, catalog, type LintResult, type FormatContext } from '../src/index.js';
import { docsUrl, REPOSITORY } from '../src/meta.js';

const OWN_URL = 'https://wiki.example.invalid/zookeeper/no-admin-server';
const withUrl = defineRule({
  id: 'acme-no-admin-server',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'The AdminServer must be off.', url: OWN_URL },
  zookeeper: { effect: 'silent' },
  messages: { on: 'AdminServer is on.' },
  check({ model, report }) {
    if (model.static.effective.get('admin.enableServer')?.entry.value.trim() !== 'false') report({ messageId: 'on', at: { file: model.static.source.path } });
  },
});
const withoutUrl = defineRule({
  id: 'acme-four-letter-words',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'No four-letter words.' },
  zookeeper: { effect: 'silent' },
  messages: { fl: 'Four-letter words are not restricted.' },
  check({ model, report }) {
    if (!model.static.effective.has('4lw.commands.whitelist')) report({ messageId: 'fl', at: { file: model.static.source.path } });
  },
});

const customRules = [withUrl, withoutUrl];
const result: LintResult = { results: lintText('tickTime=2s\n', { filePath: 'zoo.cfg', customRules }) };
const ctx: FormatContext = { cwd: process.cwd(), color: false, getSource: () => undefined, rules: [...catalog, ...customRules], failOn: 'info' };
const diag = (id: string) => result.results[0]!.diagnostics.find((d) => d.ruleId === id)!;

describe('custom rules and their documentation links', () => {
  it('each diagnostic carries its own rule\'s docs.url (none when the rule has none)', () => {
    expect(diag('acme-no-admin-server').docsUrl).toBe(OWN_URL);
    expect(diag('acme-four-letter-words').docsUrl).toBeUndefined();
    expect(diag('invalid-integer').docsUrl).toBe(docsUrl('invalid-integer'));
  });

  it('SARIF: helpUri is the rule\'s own link, or absent', async () => {
    for (const rules of [ctx.rules, undefined]) {
      // With the rules passed (the CLI does), and without: then SARIF describes them from the findings.
      const log = JSON.parse((await loadFormatter('sarif'))(result, { ...ctx, rules })) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string; help?: { text: string } }> } } }> };
      const byId = new Map(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
      expect(byId.get('acme-no-admin-server')?.helpUri).toBe(OWN_URL);
      expect(byId.get('acme-four-letter-words')).toBeDefined();
      expect(byId.get('acme-four-letter-words')?.helpUri).toBeUndefined();
      expect(JSON.stringify(byId.get('acme-four-letter-words'))).not.toContain(REPOSITORY);
      expect(byId.get('invalid-integer')?.helpUri).toMatch(new RegExp(`^${REPOSITORY}/blob/v[^/]+/rules/invalid-integer\\.md$`));
    }
  });

  it('JUnit and stylish link a custom rule only to its own page', async () => {
    for (const name of ['junit', 'stylish'] as const) {
      const out = (await loadFormatter(name))(result, ctx);
      const blocks = out.split(/(?=<testcase)|\n(?=  \d+:\d+)/);
      const own = blocks.find((b) => b.includes('acme-no-admin-server'))!;
      const none = blocks.find((b) => b.includes('acme-four-letter-words'))!;
      expect(own, name).toContain(OWN_URL);
      expect(own, name).not.toContain(REPOSITORY);
      expect(none, name).not.toContain(REPOSITORY);
      expect(none, name).not.toMatch(/docs:/i);
      expect(out, name).toContain(`${REPOSITORY}/blob/`); // the built-in finding keeps its page
    }
  });
});
