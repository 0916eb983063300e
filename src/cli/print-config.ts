/**
 * `--print-config FILE`: the linter config in effect for FILE as JSON: which config file governs it,
 * whether it is ignored, and every built-in rule's severity (and options) after the linter config
 * and the flags, for the ZooKeeper version in effect. Rules that do not apply to that version are
 * listed as "off" with the reason.
 */
import * as path from 'node:path';
import type { CliArgs } from './args.js';
import { lintOptions, type Config } from './options.js';
import type { RuleMeta } from '../rule.js';
import { resolveSetting } from '../engine/run.js';
import { inRange, DEFAULT_ZK_VERSION } from '../model/version.js';

export function printConfig(file: string, args: CliArgs, config: Config | undefined, ignoredBy: string | undefined, rules: readonly RuleMeta[], cwd: string): string {
  const o = lintOptions(args, config, cwd);
  const version = o.zkVersion ?? DEFAULT_ZK_VERSION;
  const settings = o.rules ?? {};
  if (o.faultTolerance !== undefined) {
    const cur = settings['fault-tolerance'];
    const base = typeof cur === 'object' ? cur : cur ? { severity: cur } : {};
    settings['fault-tolerance'] = { ...base, options: { ...(base.options ?? {}), failures: o.faultTolerance } };
  }
  const effective: Record<string, unknown> = {};
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!inRange(version, rule.versions)) {
      effective[rule.id] = { severity: 'off', reason: `does not apply to ZooKeeper ${version}` };
      continue;
    }
    const r = resolveSetting(rule, Object.hasOwn(settings, rule.id) ? settings[rule.id] : undefined);
    if (r === undefined) effective[rule.id] = 'off';
    else effective[rule.id] = Object.keys(r.options).length ? { severity: r.severity, options: r.options } : r.severity;
  }
  const out = {
    file: path.relative(cwd, path.resolve(cwd, file)) || file,
    configFile: config ? path.relative(cwd, config.file) || config.file : null,
    ignored: ignoredBy !== undefined,
    ...(ignoredBy !== undefined ? { ignoredBy } : {}),
    zkVersion: version,
    onHost: o.onHost ?? false,
    root: o.root ?? null,
    myid: o.myid ?? null,
    jvmFlags: o.jvmFlags ?? [],
    javaEnv: o.envFile ?? null,
    faultTolerance: o.faultTolerance ?? null,
    zones: o.zones ?? {},
    ensembles: o.ensembles ?? {},
    inlineConfig: o.inlineConfig !== false,
    ignore: config?.ignore ?? [],
    rules: effective,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
