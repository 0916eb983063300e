#!/usr/bin/env node
/** The zklint command. Exit codes: 0 no errors, 1 errors found, 2 usage or internal error. */
import * as fs from 'node:fs';
import { parseCliArgs, UsageError, USAGE, type CliArgs } from './args.js';
import { discover } from './discover.js';
import { loadFormatter } from '../format/index.js';
import { VERSION } from '../meta.js';
import type { LintOptions } from '../options.js';
import { binaryProblem, DEFAULT_MAX_FILE_BYTES } from '../load/source.js';

export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/** Text for code frames: regular files within the size limit only (never a FIFO or /dev/zero). */
function sourceForFrames(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): string | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const bytes = fs.readFileSync(file);
    return binaryProblem(bytes) ? undefined : bytes.toString('latin1'); // no frames of binary bytes
  } catch {
    return undefined;
  }
}

function lintOptions(args: CliArgs): LintOptions {
  const o: LintOptions = { onHost: args.onHost, jvmFlags: args.jvmFlags };
  if (args.root !== undefined) o.root = args.root;
  if (args.envFile !== undefined) o.envFile = args.envFile;
  if (args.myid !== undefined) o.myid = args.myid;
  if (args.zkVersion !== undefined) o.zkVersion = args.zkVersion;
  if (args.faultTolerance !== undefined) o.faultTolerance = args.faultTolerance;
  if (args.maxFileBytes !== undefined) o.maxFileBytes = args.maxFileBytes;
  if (args.ensembles !== undefined) o.ensembles = args.ensembles;
  if (args.zones !== undefined) o.zones = args.zones;
  if (args.hosts !== undefined) o.hosts = args.hosts;
  return o;
}

export async function run(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let debug = argv.includes('--debug');
  try {
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
    if (args.paths.length === 0) throw new UsageError('no paths given (try: zklint path/to/zoo.cfg, or zklint --help)');
    const cwd = process.cwd();
    const files = discover(args.paths, cwd);
    if (explain) {
      const { lintEnsembles, explainEnsemble, renderExplain } = await import('../ensemble/index.js');
      const { ensembles } = lintEnsembles(files, lintOptions(args));
      const data = ensembles.filter((e) => e.nodes.length > 1 || e.nodes.some((n) => n.model.membership.members.size > 1)).map(explainEnsemble);
      io.out.write(args.format === 'json' ? `${JSON.stringify({ ensembles: data }, null, 2)}\n` : renderExplain(data, files.length));
      return EXIT.ok;
    }
    const { lintFiles } = await import('../lint.js');
    const opts = lintOptions(args);
    const result =
      files.length > 1 || opts.ensembles !== undefined
        ? (await import('../ensemble/lint.js')).lintEnsembles(files, opts)
        : lintFiles(files, opts);
    const formatter = await loadFormatter(args.format);
    const color = io.out === process.stdout && process.stdout.isTTY === true && !('NO_COLOR' in process.env);
    const text = formatter({ results: result.results }, {
      color,
      cwd,
      getSource: (f) => sourceForFrames(f, args.maxFileBytes),
    });
    io.out.write(text);
    if (files.length === 0) io.err.write(`zklint: no ZooKeeper configs found in ${args.paths.join(', ')}\n`);
    const errors = result.results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
    return errors ? EXIT.errors : EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`zklint: ${e.message}\n`);
      return EXIT.usage;
    }
    io.err.write(`zklint: internal error: ${(e as Error)?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && e instanceof Error && e.stack) io.err.write(`${e.stack}\n`);
    return EXIT.usage;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.usage;
  },
);
