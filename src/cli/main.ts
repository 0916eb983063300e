#!/usr/bin/env node
/**
 * The zklint command. Exit codes: 0 clean, 1 findings at or above the failure threshold
 * (--fail-on, --max-warnings), 2 usage or internal error, 78 invalid linter config.
 */
import * as path from 'node:path';
import { parseCliArgs, UsageError, USAGE, type CliArgs } from './args.js';
import { discover } from './discover.js';
import { addCliAdvice } from './advice.js';
import { writeFileAtomic, WriteError } from '../util/write-atomic.js';
import type { RuleMeta } from '../rule.js';
import { loadFormatter, type FormatName } from '../format/index.js';
import type { FormatContext } from '../format/types.js';
import { VERSION } from '../meta.js';
import type { FileResult, LintResult } from '../diagnostic.js';
import { configsFor, ConfigProblem, ignored, lintOptions } from './options.js';

export const EXIT = { ok: 0, errors: 1, usage: 2, config: 78 } as const;

/** `zklint explain PATHS`: the ensemble as a table (or JSON): servers, quorum, failures survived. */
async function explainCommand(args: CliArgs, cwd: string, out: NodeJS.WritableStream): Promise<number> {
  const files = discover(args.paths, cwd);
  const [group] = await configsFor(files, args, cwd);
  const { lintEnsembles, explainEnsemble, renderExplain } = await import('../ensemble/index.js');
  const { ensembles } = lintEnsembles(files, lintOptions(args, group?.config, cwd));
  const data = ensembles.filter((e) => e.nodes.length > 1 || e.nodes.some((n) => n.model.membership.members.size > 1)).map(explainEnsemble);
  out.write(args.format === 'json' ? `${JSON.stringify({ ensembles: data }, null, 2)}\n` : renderExplain(data, files.length));
  return EXIT.ok;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Every rule the run knows (built-in and custom), for SARIF's rule descriptions. */
async function builtinRuleMeta(custom: readonly RuleMeta[] | undefined): Promise<readonly RuleMeta[]> {
  const { builtinRules } = await import('../../rules/index.js');
  return custom?.length ? [...builtinRules, ...custom] : builtinRules;
}

export async function run(
  argv: string[],
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin?: () => Promise<Buffer> } = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    if (argv[0] === 'lsp') {
      const rest = argv.slice(1).filter((a) => a !== '--stdio');
      if (rest.length) throw new UsageError(`zklint lsp speaks only over standard input and output (--stdio); unexpected ${rest.join(' ')}`);
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
    if (!args.stdin && args.paths.length === 0) throw new UsageError('no paths given (try: zklint path/to/zoo.cfg, or zklint --help)');
    const cwd = process.cwd();
    if (explain) return await explainCommand(args, cwd, io.out);
    const lint = await import('../lint.js');
    let result: LintResult;
    let files: string[] = [];
    // The text of every file linted, as it was read: code frames and fingerprints come from here,
    // never from reading a path again (under --root a path names a file inside the root).
    const linted = new Map<string, string>();
    const onSource = (src: { path: string; text: string }) => void linted.set(src.path, src.text);
    if (args.stdin) {
      const bytes = await (io.stdin ?? readStdin)();
      const file = args.stdinFilename ?? '<stdin>';
      const [group] = await configsFor([args.stdinFilename ?? path.join(cwd, 'zoo.cfg')], args, cwd);
      const opts = { ...lintOptions(args, group?.config), onSource };
      if (args.stdinFilename !== undefined) opts.cwd = path.dirname(path.resolve(cwd, args.stdinFilename));
      result = { results: lint.lintText(new Uint8Array(bytes), { ...opts, filePath: file }) };
      files = [file];

    } else {
      files = discover(args.paths, cwd);
      const groups = await configsFor(files, args, cwd);
      const results: FileResult[] = [];
      const needGlob = groups.some((g) => g.config?.ignore?.length);
      const matchesAny = needGlob ? (await import('../util/glob.js')).matchesAny : () => false;
      for (const g of groups) {
        const kept = g.files.filter((f) => !ignored(f, g.config, cwd, matchesAny));
        const opts = { ...lintOptions(args, g.config, cwd), onSource };
        // Several configs are linted as ensembles (grouped by shared members) so cross-node rules run.
        const r = kept.length > 1 || opts.ensembles !== undefined ? (await import('../ensemble/lint.js')).lintEnsembles(kept, opts) : lint.lintFiles(kept, opts);
        results.push(...r.results);
      }
      result = { results };
    }
    addCliAdvice(result);
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
      writeBaseline(args.writeBaseline, b);
      io.err.write(`zklint: recorded ${b.findings.length} finding${b.findings.length === 1 ? '' : 's'} in ${args.writeBaseline}\n`);
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
    const format: FormatName = args.format ?? (process.env.GITHUB_ACTIONS === 'true' && args.output === undefined ? 'github' : 'stylish');
    const tty = io.out === process.stdout && process.stdout.isTTY === true && !('NO_COLOR' in process.env);
    if (args.output !== undefined) {
      const report = (await loadFormatter(format))(result, ctx);
      writeFileAtomic(args.output, report);
      io.out.write((await loadFormatter('stylish'))(result, { ...ctx, color: tty }));
    } else {
      io.out.write((await loadFormatter(format))(result, { ...ctx, color: format === 'stylish' && tty }));
    }
    // Like ESLint: nothing to lint is a usage error, so a mistyped CI path does not pass green.
    if (!args.stdin && files.length === 0) {
      io.err.write(`zklint: no ZooKeeper configs found in ${args.paths.join(', ')}\n`);
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
    if (e instanceof WriteError) {
      io.err.write(`zklint: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.err.write(`zklint: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof ConfigProblem) {
      io.err.write(`zklint: invalid linter config: ${e.message}\n`);
      return EXIT.config;
    }
    io.err.write(`zklint: internal error: ${(e as Error)?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && e instanceof Error && e.stack) io.err.write(`${e.stack}\n`);
    return EXIT.usage;
  }
}

// A reader that stops early (`zklint … | head`) closes the pipe: the rest of the output is dropped
// quietly and the exit code stays the run's. Any other output error is one line and exit 2.
let outputFailed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') return;
  if (!outputFailed) process.stderr.write(`zklint: cannot write the output: ${e.message}\n`);
  outputFailed = true;
  process.exitCode = EXIT.usage;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? EXIT.usage : code;
  },
  () => {
    process.exitCode = EXIT.usage;
  },
);
