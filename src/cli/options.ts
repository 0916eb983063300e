/**
 * From flags and a linter config to `LintOptions`: shared by the command (src/cli/main.ts) and the
 * language server (src/lsp/server.ts), so both find the same linter config, apply the same
 * severities and read the data directory the same way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError, type CliArgs } from './args.js';
import type { LintOptions } from '../options.js';
import { findConfigFile } from '../config/find.js';

export type Config = import('../config/load.js').LinterConfig;

/** An invalid linter config (the command exits 78; the language server shows it and lints without it). */
export class ConfigProblem extends Error {}

/** The flags that shape linting (the rest of CliArgs is about input and output). */
export type OptionArgs = Pick<
  CliArgs,
  'onHost' | 'jvmFlags' | 'root' | 'envFile' | 'ensembles' | 'zones' | 'hosts' | 'myid' | 'zkVersion' | 'faultTolerance' | 'maxFileBytes' | 'inlineConfig' | 'includeSuppressed'
>;

/** Ensembles forced by a linter config: its globs are relative to the config's folder. */
function configEnsembles(config: Config, cwd: string): Record<string, string[]> {
  const base = path.relative(cwd, config.dir);
  return Object.fromEntries(
    (config.ensembles ?? []).map((e, i) => [e.name ?? `ensemble-${i + 1}`, e.files.map((g) => (base ? path.posix.join(base.split(path.sep).join('/'), g) : g))]),
  );
}

/**
 * Flags win over the linter config; the config's jvmFlags come before the flags' (later -D wins).
 * Order of JVM flags as the server sees them: environment, env file, linter config, --jvm-flag.
 */
export function lintOptions(args: OptionArgs, config: Config | undefined, cwd = process.cwd()): LintOptions {
  const o: LintOptions = { onHost: args.onHost, jvmFlags: [...(config?.jvmFlags ?? []), ...args.jvmFlags] };
  if (args.root !== undefined) o.root = args.root;
  if (args.envFile !== undefined) o.envFile = args.envFile;
  // On the server, zkServer.sh passes the environment's SERVER_JVMFLAGS/JVMFLAGS to the JVM: so does zklint.
  if (args.onHost) o.environment = process.env;
  const ensembles = args.ensembles ?? (config?.ensembles?.length ? configEnsembles(config, cwd) : undefined);
  if (ensembles !== undefined) o.ensembles = ensembles;
  const zones = args.zones ?? config?.zones;
  if (zones !== undefined) o.zones = zones;
  if (args.hosts !== undefined) o.hosts = args.hosts;
  if (args.myid !== undefined) o.myid = args.myid;
  const zk = args.zkVersion ?? config?.zkVersion;
  if (zk !== undefined) o.zkVersion = zk;
  const ft = args.faultTolerance ?? config?.faultTolerance;
  if (ft !== undefined) o.faultTolerance = ft;
  if (args.maxFileBytes !== undefined) o.maxFileBytes = args.maxFileBytes;
  if (config?.rules) o.rules = config.rules;
  o.inlineConfig = args.inlineConfig;
  if (args.includeSuppressed) o.keepSuppressed = true;
  return o;
}

export async function loadConfig(file: string): Promise<Config> {
  const { loadConfigFile, ConfigError } = await import('../config/load.js');
  try {
    return await loadConfigFile(file);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigProblem(e.message);
    throw e;
  }
}

/** Groups files by the linter config that governs them (explicit --config wins over discovery). */
export async function configsFor(files: readonly string[], args: { config?: string | undefined }, cwd: string): Promise<Array<{ config: Config | undefined; files: string[] }>> {
  if (args.config !== undefined) {
    if (!fs.existsSync(args.config)) throw new UsageError(`no such linter config: ${args.config}`);
    return [{ config: await loadConfig(args.config), files: [...files] }];
  }
  const groups = new Map<string | undefined, string[]>();
  for (const f of files) {
    const c = findConfigFile(path.dirname(path.resolve(cwd, f)));
    groups.set(c, [...(groups.get(c) ?? []), f]);
  }
  const out: Array<{ config: Config | undefined; files: string[] }> = [];
  for (const [c, fs_] of groups) out.push({ config: c ? await loadConfig(c) : undefined, files: fs_ });
  return out;
}

/** Whether the linter config's `ignore` globs cover a file. */
export function ignored(file: string, config: Config | undefined, cwd: string, matchesAny: (p: string, g: readonly string[]) => boolean): boolean {
  if (!config?.ignore?.length) return false;
  const rel = path.relative(config.dir, path.resolve(cwd, file)).split(path.sep).join('/');
  return !rel.startsWith('..') && matchesAny(rel, config.ignore);
}
