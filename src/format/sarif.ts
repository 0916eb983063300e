/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Rules (every built-in rule,
 * per-file and ensemble: ctx.rules) carry descriptions, help and the docs link; results carry repo-relative URIs under %SRCROOT%, 1-based regions and a
 * stable partial fingerprint. Suppressed findings appear only with includeSuppressed.
 */
import { pathToFileURL } from 'node:url';
import type { Severity } from '../diagnostic.js';
import { REPOSITORY, VERSION } from '../meta.js';
import type { RuleMeta } from '../rule.js';
import { behaviourFor, versionsText } from '../engine/words.js';
import { DEFAULT_ZK_VERSION } from '../model/version.js';
import { baseDir, findings } from './common.js';
import { encodePath, relativeTo } from '../util/paths.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const EFFECT: Record<string, string> = {
  fatal: 'ZooKeeper refuses to start',
  warning: 'ZooKeeper starts and logs a warning',
  silent: 'ZooKeeper starts without a word',
};

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Described = Pick<RuleMeta, 'id' | 'severity' | 'docs' | 'zookeeper' | 'versions'> & { kind?: string };

function ruleDescriptor(rule: Described, version: string) {
  const says = behaviourFor(rule.zookeeper, version).says;
  const saysText = says ? ` ZooKeeper ${version} says: "${says}".` : '';
  const full = `${rule.docs.description} ${EFFECT[rule.zookeeper.effect] ?? ''}.${saysText} Applies to ZooKeeper ${versionsText(rule)}.`;
  const url = rule.docs.url;
  if (url === undefined) {
    return {
      id: rule.id,
      name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.docs.description },
      fullDescription: { text: full },
      help: { text: full },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { tags: ['zookeeper', 'configuration', `zookeeper-${rule.zookeeper.effect}`, ...(rule.kind === 'ensemble' ? ['ensemble'] : [])], precision: 'very-high' },
    };
  }
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.docs.description },
    fullDescription: { text: full },
    help: { text: `${full} See ${url}`, markdown: `${full}\n\n[Rule documentation](${url})` },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['zookeeper', 'configuration', `zookeeper-${rule.zookeeper.effect}`, ...(rule.kind === 'ensemble' ? ['ensemble'] : [])], precision: 'very-high' },
  };
}

export const sarif: Formatter = (result, ctx) => {
  const ruleList: Described[] = [...(ctx.rules ?? [])];
  const version = ctx.zkVersion ?? DEFAULT_ZK_VERSION;
  const base = baseDir(ctx);
  const all = findings(result, ctx, ctx.includeSuppressed === true);
  for (const f of all) {
    if (!ruleList.some((r) => r.id === f.d.ruleId)) {
      // A rule outside the catalogue (a custom rule not passed in ctx.rules): describe it from the finding.
      ruleList.push({ id: f.d.ruleId, severity: f.d.severity, versions: 'all', docs: { description: f.d.ruleId, url: f.d.docsUrl }, zookeeper: f.d.zookeeper ?? { effect: 'silent' } });
    }
  }
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const location = (file: string, region: { line: number; column: number; endLine: number; endColumn: number }, message?: string) => {
    const rel = relativeTo(base, file, ctx.cwd);
    const artifactLocation = rel !== undefined ? { uri: encodePath(rel), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(file).href };
    const startColumn = Math.max(1, region.column);
    const endLine = Math.max(region.endLine, region.line);
    let endColumn = Math.max(1, region.endColumn);
    if (endLine === region.line && endColumn <= startColumn) endColumn = startColumn + 1;
    const loc: Record<string, unknown> = {
      physicalLocation: { artifactLocation, region: { startLine: Math.max(1, region.line), startColumn, endLine, endColumn } },
    };
    if (message) loc.message = { text: message };
    return loc;
  };
  const results = all.map((f) => {
    const d = f.d;
    const text = d.hint ? `${d.message} Fix: ${d.hint}` : d.message;
    const r: Record<string, unknown> = {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text },
      locations: [location(d.file, d)],
      partialFingerprints: { 'zklint/v1': f.fingerprint },
    };
    if (d.related?.length) r.relatedLocations = d.related.map((x, i) => ({ id: i, ...location(x.file, x, x.message) }));
    if (f.suppressed) {
      r.suppressions = (d.suppressions ?? [{ kind: 'inSource' }]).map((s) => (s.justification ? { kind: s.kind, justification: s.justification } : { kind: s.kind }));
    }
    if (d.zookeeper) r.properties = { zookeeperEffect: d.zookeeper.effect, ...(d.zookeeper.says ? { zookeeperSays: d.zookeeper.says } : {}) };
    return r;
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'zklint',
            semanticVersion: VERSION,
            version: VERSION,
            informationUri: REPOSITORY,
            rules: ruleList.map((r) => ruleDescriptor(r, version)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(base.endsWith('/') ? base : `${base}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
