#!/usr/bin/env node
/**
 * The zklint command. Exit codes: 0 clean, 1 findings at or above the failure threshold
 * (--fail-on, --max-warnings), 2 usage or internal error, 78 invalid linter config.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCliArgs, UsageError, USAGE, type CliArgs } from './args.js';
import { discover } from './discover.js';
import { addCliAdvice } from './advice.js';
import { writeFileAtomic, WriteError } from '../util/write-atomic.js';
import type { RuleMeta } from '../rule.js';
import { loadFormatter, type FormatName } from '../format/index.js';
import type { FormatContext } from '../format/types.js';
import { VERSION } from '../meta.js';
import { printable } from '../format/printable.js';
import { InputFileError } from '../util/read-input.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/source.js';
import type { FileResult, LintResult } from '../diagnostic.js';
import type { Ensemble } from '../ensemble/types.js';
import { configsFor, ConfigProblem, ignored, lintOptions } from './options.js';
import { useColor } from './color.js';
import { IGNORE_FILE, loadIgnoreFile } from './ignore-file.js';
import { checkRuleFlags } from './rule-flags.js';
import type { FixRun } from './fix.js';
import { looksLikeContainerYaml, YAML_FILE } from '../containers/detect.js';
import { FdOutput, type Output } from './output.js';
import { keepYoungGenerationSmall, LARGE_INPUT_BYTES, totalBytes } from './heap.js';

export const EXIT = { ok: 0, errors: 1, usage: 2, config: 78 } as const;

/**
 * A YAML file's text when it says "zookeeper" anywhere (an image, a ConfigMap's zoo.cfg); null when
 * it does not; undefined when it cannot be read (the linter reports why).
 */
function zooKeeperYaml(file: string): string | null | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return /zookeeper|zoo\.cfg/i.test(text) ? text : null;
  } catch {
    return undefined;
  }
}

/** `zklint explain PATHS`: the ensemble as a table (or JSON): servers, quorum, failures survived. */
async function explainCommand(args: CliArgs, cwd: string, out: Output): Promise<number> {
  const all = discover(args.paths, cwd);
  const [group] = await configsFor(all, args, cwd);
  const { lintEnsembles, explainEnsemble, renderExplain } = await import('../ensemble/index.js');
  const opts = lintOptions(args, group?.config, cwd);
  // Compose files and manifests: the ensembles as their containers will form them.
  const yaml = all.filter((f) => YAML_FILE.test(f));
  const files = all.filter((f) => !YAML_FILE.test(f));
  const { builtinRegistry: reg } = await import('../builtin-registry.js');
  const ensembles: Ensemble[] = files.length > 0 ? lintEnsembles(reg, files, opts).ensembles : [];
  if (yaml.length > 0) {
    const { lintContainerFile } = await import('../containers/lint.js');
    for (const f of yaml) ensembles.push(...lintContainerFile(reg, f, opts).ensembles);
  }
  const data = ensembles.filter((e) => e.nodes.length > 1 || e.nodes.some((n) => n.model.membership.members.size > 1)).map(explainEnsemble);
  out.write(args.format === 'json' ? `${JSON.stringify({ ensembles: data }, null, 2)}\n` : renderExplain(data, files.length + ensembles.reduce((n, e) => n + (yaml.length ? e.nodes.length : 0), 0)));
  return EXIT.ok;
}

/** A dry run writes nothing; it fails (exit 1) when some fix would apply, so CI can ask "anything to fix?". */
function dryRunDone(fixed: FixRun, err: Output): number {
  const n = fixed.applied;
  err.write(
    n === 0
      ? 'zklint: no fixes to apply\n'
      : `zklint: would apply ${n} fix${n === 1 ? '' : 'es'} to ${fixed.files} file${fixed.files === 1 ? '' : 's'} (dry run: nothing written)\n`,
  );
  return n > 0 ? EXIT.errors : EXIT.ok;
}

/** After --fix: fixes applied, findings left, and how many of those another flag would fix. */
function fixSummary(fixed: FixRun, result: LintResult, unsafe: boolean): string {
  let left = 0;
  let unsafeLeft = 0;
  for (const r of result.results) {
    for (const d of r.diagnostics) {
      left++;
      if (d.fix && !d.fix.safe && !unsafe) unsafeLeft++;
    }
  }
  const s = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  let line = `zklint: applied ${s(fixed.applied, 'fix', 'fixes')}${fixed.applied ? ` to ${s(fixed.files, 'file')}` : ''}; ${s(left, 'finding')} ${left === 1 ? 'remains' : 'remain'}`;
  if (unsafeLeft) line += ` (${unsafeLeft} fixable with --unsafe-fixes)`;
  if (fixed.refused) line += `; ${s(fixed.refused, 'fix', 'fixes')} not written (see above)`;
  return `${line}\n`;
}

/** `--print-config FILE`: the linter config in effect for FILE (the file need not exist). */
async function printConfigCommand(args: CliArgs, cwd: string, out: Output): Promise<number> {
  const file = args.printConfig as string;
  const [group] = await configsFor([file], args, cwd);
  const config = group?.config;
  let ignoredBy: string | undefined;
  if (config?.ignore?.length && ignored(file, config, cwd, (await import('../util/glob.js')).matchesAny)) ignoredBy = path.relative(cwd, config.file) || config.file;
  else if (loadIgnoreFile(cwd)?.(file)) ignoredBy = IGNORE_FILE;
  const { printConfig } = await import('./print-config.js');
  out.write(printConfig(file, args, config, ignoredBy, await builtinRuleMeta(undefined), cwd));
  return EXIT.ok;
}

/** Standard input, read with the same cap as a config file (/dev/zero must not fill the memory). */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy();
      throw new UsageError(`standard input is larger than ${maxBytes} bytes (raise the limit with --max-file-size)`);
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The file behind a path (device and inode, links followed), or undefined when there is none. */
function identity(p: string): string | undefined {
  try {
    const st = fs.statSync(p);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses to write a report or baseline over one of the run's inputs (a config, the linter config,
 * the baseline read, the env file): `-o zoo.cfg zoo.cfg` would destroy the config. Compared by
 * the file itself (device and inode), so links and other spellings of the path are caught.
 */
function refuseInputAsOutput(flag: string, out: string, inputs: Iterable<string | undefined>): void {
  const target = identity(out);
  if (target === undefined) return;
  for (const i of inputs) {
    if (i !== undefined && identity(i) === target) throw new UsageError(`${flag} ${out} is one of the inputs (${i}): refusing to overwrite it`);
  }
}

/** Every rule the run knows (built-in and custom), for SARIF's rule descriptions. */
async function builtinRuleMeta(custom: readonly RuleMeta[] | undefined): Promise<readonly RuleMeta[]> {
  const { builtinRules } = await import('../builtin-registry.js');
  return custom?.length ? [...builtinRules, ...custom] : builtinRules;
}

export async function run(
  argv: string[],
  io: { out: Output; err: Output; stdin?: () => Promise<Buffer> } = { out: stdout, err: stderr },
): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    if (argv[0] === 'lsp') {
      const rest = argv.slice(1).filter((a) => a !== '--stdio');
      if (rest.length) throw new UsageError(`zklint lsp speaks only over standard input and output (--stdio); unexpected ${rest.join(' ')}`);
      // The language server speaks over Node's streams; a client that goes away is no error.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') return;
        process.stderr.write(`zklint: cannot write the output: ${e.message}\n`);
        process.exitCode = EXIT.usage;
      });
      (await import('../lsp/server.js')).runStdio();
      return await new Promise<number>(() => {}); // the client's exit notification ends the process
    }
    const explain = argv[0] === 'explain';
    const args = parseCliArgs(explain ? argv.slice(1) : argv);
    debug = args.debug;
    if (args.help) {
      io.out.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (args.version) {
      io.out.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (args.rules !== undefined) checkRuleFlags(args.rules, (await builtinRuleMeta(undefined)).map((r) => r.id));
    if (args.printConfig !== undefined) return await printConfigCommand(args, process.cwd(), io.out);
    if (!args.stdin && args.paths.length === 0) throw new UsageError('no paths given (try: zklint path/to/zoo.cfg, or zklint --help)');
    const cwd = process.cwd();
    if (explain) return await explainCommand(args, cwd, io.out);
    // The input first: when it is large, the young generation is kept small before the rules are loaded.
    const stdinBytes = args.stdin ? await (io.stdin ?? (() => readStdin(args.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)))() : undefined;
    const found = stdinBytes === undefined ? discover(args.paths, cwd) : [];
    if ((stdinBytes?.length ?? totalBytes(found, cwd)) >= LARGE_INPUT_BYTES) await keepYoungGenerationSmall();
    const lint = await import('../lint.js');
    const { builtinRegistry: reg } = await import('../builtin-registry.js');
    let result: LintResult;
    let files: string[] = [];
    // The text of every file linted, as it was read: code frames and fingerprints come from here,
    // never from reading a path again (under --root a path names a file inside the root).
    const linted = new Map<string, string>();
    const configFiles: string[] = [];
    const onSource = (src: { path: string; text: string }) => void linted.set(src.path, src.text);
    const fixing = args.fix || args.fixDryRun;
    const fixed: FixRun = { applied: 0, files: 0, refused: 0 };
    // With --stdin --fix the fixed text is the output: the findings report goes to stderr.
    let reportOut = io.out;
    if (stdinBytes !== undefined) {
      const bytes = stdinBytes;
      const file = args.stdinFilename ?? '<stdin>';
      const [group] = await configsFor([args.stdinFilename ?? path.join(cwd, 'zoo.cfg')], args, cwd);
      if (group?.config) configFiles.push(group.config.file);
      const opts = { ...lintOptions(args, group?.config), onSource };
      if (args.stdinFilename !== undefined) opts.cwd = path.dirname(path.resolve(cwd, args.stdinFilename));
      const fmt = args.stdinFormat ?? 'auto';
      const text = bytes.toString('utf8');
      const containers =
        fmt === 'compose' || fmt === 'k8s' || (fmt === 'auto' && ((args.stdinFilename !== undefined && YAML_FILE.test(args.stdinFilename)) || looksLikeContainerYaml(text)));
      files = [file];
      if (containers) {
        if (fixing) throw new UsageError('--fix edits zoo.cfg and dynamic files only, not compose or Kubernetes YAML');
        // helm template … | zklint --stdin: compose or Kubernetes YAML, each container's rendered config linted.
        const { lintContainerText } = await import('../containers/lint.js');
        result = { results: lintContainerText(reg, file, text, opts).results };
        linted.set(file, text);
      } else if (fixing) {
        const { fixText } = await import('../fix/index.js');
        const r = fixText(reg, new Uint8Array(bytes), { ...opts, filePath: file, unsafe: args.unsafeFixes });
        fixed.applied = r.applied.length;
        fixed.files = r.applied.length > 0 ? 1 : 0;
        if (args.fixDryRun) {
          const { unifiedDiff } = await import('./diff.js');
          io.out.write(Buffer.from(unifiedDiff(file.replace(/^<|>$/g, ''), bytes.toString('latin1'), r.text), 'latin1'));
          return dryRunDone(fixed, io.err);
        }
        io.out.write(Buffer.from(r.bytes));
        reportOut = io.err;
        result = { results: r.results };
      } else {
        result = { results: lint.lintText(reg, new Uint8Array(bytes), { ...opts, filePath: file }) };
      }
    } else {
      files = found;
      const groups = await configsFor(files, args, cwd);
      for (const g of groups) if (g.config) configFiles.push(g.config.file);
      const results: FileResult[] = [];
      const needGlob = groups.some((g) => g.config?.ignore?.length);
      const matchesAny = needGlob ? (await import('../util/glob.js')).matchesAny : () => false;
      const ignoreFile = loadIgnoreFile(cwd);
      const named = new Set(args.paths);
      const fixer = fixing ? await import('./fix.js') : undefined;
      const roots = fixer ? fixer.lintedTreeRoots(args.paths, cwd) : [];
      for (const g of groups) {
        const all = g.files.filter((f) => {
          if (!ignored(f, g.config, cwd, matchesAny) && !ignoreFile?.(f)) return true;
          // Like ESLint: a file named on the command line is not dropped without a word.
          if (named.has(f) && !args.quiet) io.err.write(`zklint: warning: ${f}: File ignored because of a matching ignore pattern\n`);
          return false;
        });
        const opts = { ...lintOptions(args, g.config, cwd), onSource };
        // Compose files and Kubernetes manifests: each one's containers rendered and linted together.
        const yaml = all.filter((f) => YAML_FILE.test(f));
        if (yaml.length > 0 && !args.fixDryRun) {
          const { lintContainerFile, lintContainerText } = await import('../containers/lint.js');
          for (const f of yaml) {
            const text = zooKeeperYaml(path.resolve(cwd, f));
            // YAML that never says "zookeeper" (a CI workflow, another app's manifest) is not ZooKeeper's:
            // skipped, so a pre-commit hook over every *.yaml judges only the ZooKeeper ones.
            if (text === null) {
              if (!args.quiet) io.err.write(`zklint: skipped ${f}: no ZooKeeper image or zoo.cfg in it\n`);
              continue;
            }
            if (text !== undefined) linted.set(f, text);
            results.push(...(text === undefined ? lintContainerFile(reg, f, opts) : lintContainerText(reg, f, text, opts)).results);
          }
        }
        // --fix edits zoo.cfg and dynamic files; compose and Kubernetes YAML are only linted.
        const kept = yaml.length > 0 ? all.filter((f) => !YAML_FILE.test(f)) : all;
        if (fixer && kept.length > 0) {
          const r = fixer.fixOnDisk(reg, kept, { ...opts, unsafe: args.unsafeFixes }, { dryRun: args.fixDryRun, roots, cwd, out: io.out, err: io.err });
          fixed.applied += r.applied;
          fixed.files += r.files;
          fixed.refused += r.refused;
          if (args.fixDryRun) continue;
        }
        if (kept.length === 0) continue;
        // Several configs are linted as ensembles (grouped by shared members) so cross-node rules run.
        const r = kept.length > 1 || opts.ensembles !== undefined ? (await import('../ensemble/lint.js')).lintEnsembles(reg, kept, opts) : lint.lintFiles(reg, kept, opts);
        for (const x of r.results) results.push(x);
      }
      if (args.fixDryRun) {
        if (files.length === 0) throw new UsageError(`no ZooKeeper configs found in ${args.paths.join(', ')}`);
        return dryRunDone(fixed, io.err);
      }
      result = { results };
    }
    addCliAdvice(result);
    const inputs = (): Array<string | undefined> => [
      ...files,
      ...linted.keys(),
      ...configFiles,
      args.config,
      args.baseline,
      args.envFile,
      args.stdinFilename,
    ];
    const ctx: FormatContext = {
      color: false,
      cwd,
      rules: await builtinRuleMeta(lintOptions(args, undefined, cwd).customRules),
      zkVersion: args.zkVersion,
      getSource: (f) => linted.get(f),
    };
    if (args.includeSuppressed) ctx.includeSuppressed = true;
    ctx.failOn = args.failOn; // junit: failing cases are exactly what fails the run
    if (args.writeBaseline !== undefined) {
      const { makeBaseline, writeBaseline } = await import('../baseline.js');
      const b = makeBaseline(result, ctx);
      refuseInputAsOutput('--write-baseline', args.writeBaseline, inputs());
      writeBaseline(args.writeBaseline, b);
      io.err.write(`zklint: recorded ${b.findings.length} finding${b.findings.length === 1 ? '' : 's'} in ${printable(args.writeBaseline)}\n`);
      return EXIT.ok;
    }
    if (args.baseline !== undefined) {
      const { readBaseline, applyBaseline, BaselineError } = await import('../baseline.js');
      try {
        result = applyBaseline(result, readBaseline(args.baseline), ctx, args.includeSuppressed);
      } catch (e) {
        if (e instanceof BaselineError) throw new UsageError(e.message);
        throw e;
      }
    }
    if (args.quiet) result = { results: result.results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) };
    // Under GitHub Actions the job log shows annotations, also when -o writes another format.
    const actions = process.env.GITHUB_ACTIONS === 'true';
    const format: FormatName = args.format ?? (actions ? 'github' : 'stylish');
    const tty = useColor(args.color, process.env, () => io.out === stdout && stdout.isTTY());
    if (args.output !== undefined) {
      const report = (await loadFormatter(format))(result, ctx);
      refuseInputAsOutput('-o', args.output, inputs());
      writeFileAtomic(args.output, report);
      const shown: FormatName = actions ? 'github' : 'stylish';
      reportOut.write((await loadFormatter(shown))(result, { ...ctx, color: shown === 'stylish' && tty && reportOut === io.out }));
    } else {
      reportOut.write((await loadFormatter(format))(result, { ...ctx, color: format === 'stylish' && tty && reportOut === io.out }));
    }
    if (fixing && files.length > 0) io.err.write(fixSummary(fixed, result, args.unsafeFixes));
    // Like ESLint: nothing to lint is a usage error, so a mistyped CI path does not pass green.
    if (!args.stdin && files.length === 0) {
      io.err.write(`zklint: no ZooKeeper configs found in ${printable(args.paths.join(', '))}\n`);
      return EXIT.usage;
    }
    let errors = 0;
    let warnings = 0;
    for (const r of result.results) for (const d of r.diagnostics) d.severity === 'error' ? (errors += 1 + (d.omitted ?? 0)) : d.severity === 'warning' ? (warnings += 1 + (d.omitted ?? 0)) : 0;
    const failing = errors > 0 || (args.failOn === 'warning' && warnings > 0);
    if (failing) return EXIT.errors;
    if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
      io.err.write(`zklint: ${warnings} warnings exceed --max-warnings ${args.maxWarnings}\n`);
      return EXIT.errors;
    }
    return EXIT.ok;
  } catch (e) {
    // Messages name paths and values the user (or a repository) chose: control characters are
    // shown escaped, so a file named "x\n::error::y" cannot forge a CI log line.
    if (e instanceof WriteError || e instanceof UsageError || e instanceof InputFileError) {
      io.err.write(`zklint: ${printable(e.message)}\n`);
      return EXIT.usage;
    }
    if (e instanceof ConfigProblem) {
      io.err.write(`zklint: invalid linter config: ${printable(e.message)}\n`);
      return EXIT.config;
    }
    io.err.write(`zklint: internal error: ${printable((e as Error)?.message ?? String(e))}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && e instanceof Error && e.stack) io.err.write(`${e.stack}\n`);
    return EXIT.usage;
  }
}

// A reader that stops early (`zklint … | head`) closes the pipe: the rest of the output is dropped
// quietly and the exit code stays the run's (src/cli/output.ts). Any other output error is one line
// and exit 2.
let outputFailed = false;
const stderr = new FdOutput(2, () => {});
const stdout = new FdOutput(1, (e) => {
  if (!outputFailed) stderr.write(`zklint: cannot write the output: ${e.message}\n`);
  outputFailed = true;
  process.exitCode = EXIT.usage;
});

/**
 * Start-up: when nothing is left to run, the moment Node would end the process by itself, end it
 * with process.exit: Node's own ending then also tears the heap and the environment down (a few
 * milliseconds of CPU a run, a tenth of `node -e 0`'s whole start), which process.exit skips. Every
 * write has finished by then (output.ts writes synchronously; a stream it fell back to has drained,
 * or the event loop would not be empty). Only when no one else listens for 'beforeExit' (a custom
 * rule could, to do more work); the exit code is process.exitCode either way.
 */
function endWhenIdle(): void {
  process.once('beforeExit', () => {
    if (process.listenerCount('beforeExit') === 0) process.exit();
  });
}

/**
 * When the run is over and nothing keeps the event loop alive (no handle, request or timer: the
 * usual lint, whose output went out synchronously), end right away rather than when idle: going
 * back to the event loop first ran V8's idle-time collection of the young generation (a scavenge
 * of ~2-3 ms at every start, on a heap about to be dropped). Otherwise, as before, when idle.
 */
function end(): void {
  if (process.getActiveResourcesInfo().length === 0 && process.listenerCount('beforeExit') === 0) process.exit();
  else endWhenIdle();
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? EXIT.usage : code;
    end();
  },
  () => {
    process.exitCode = EXIT.usage;
  },
);
