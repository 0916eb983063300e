/**
 * YAML with positions: compose files and Kubernetes manifests (one or many documents, as
 * `helm template` prints them). Anchors, aliases and merge keys (`<<`) are followed when reading;
 * every value keeps the line and column it came from. Malformed YAML becomes problems with a
 * position, never an exception.
 */
import { createRequire } from 'node:module';
import type { Alias, Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** `yaml` is loaded on first use: `require('zklint')` for zoo.cfg linting does not pay for it. */
let lib: typeof import('yaml') | undefined;
const Y = (): typeof import('yaml') => (lib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
export const isAlias = (n: unknown): n is Alias => Y().isAlias(n);
export const isMap = (n: unknown): n is YAMLMap => Y().isMap(n);
export const isPair = (n: unknown): n is Pair => Y().isPair(n);
export const isScalar = (n: unknown): n is Scalar => Y().isScalar(n);
export const isSeq = (n: unknown): n is YAMLSeq => Y().isSeq(n);
import type { Location } from '../diagnostic.js';

export interface YamlFile {
  file: string;
  text: string;
  docs: YamlDoc[];
  problems: YamlProblem[];
  /** Offsets → 1-based positions in this file. */
  locOf?: (start: number, end: number) => Location;
}

export interface YamlDoc {
  doc: Document.Parsed;
  file: YamlFile;
  /** 0-based index in the stream. */
  index: number;
}

export interface YamlProblem {
  message: string;
  at: Location;
}

/** Kinds whose documents matter: ConfigMaps (env, zoo.cfg, scripts), budgets, and workloads naming ZooKeeper. */
const WORKLOAD_KINDS = /^kind:[ \t]*["']?(Pod|StatefulSet|Deployment|ReplicaSet)\b/m;
const ALWAYS_KINDS = /^kind:[ \t]*["']?(ConfigMap|PodDisruptionBudget)\b/m;
const ANY_KIND = /^kind:[ \t]*\S/m;

/** Could this document concern ZooKeeper? Documents of other kinds (Services, other apps) are not parsed. */
function needed(chunk: string): boolean {
  if (!ANY_KIND.test(chunk)) return true;
  if (ALWAYS_KINDS.test(chunk)) return true;
  return WORKLOAD_KINDS.test(chunk) && /zookeeper/i.test(chunk);
}

/** Where each document of a stream starts: offset 0 and every line that is `---` (optionally followed by a blank or comment). */
function documentStarts(text: string): number[] {
  const starts = [0];
  const re = /^---(?=[ \t]|\r?$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > 0) starts.push(m.index);
  return starts;
}

export function parseYaml(file: string, text: string): YamlFile {
  const out: YamlFile = { file, text, docs: [], problems: [] };
  // 1-based line/column of an offset in the whole file.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const pos = (off: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: off - (lineStarts[lo] as number) + 1 };
  };
  const locAt = (base: number) => (start: number, end: number): Location => {
    const a = pos(base + start);
    const b = pos(base + Math.max(start, end));
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  out.locOf = locAt(0);
  // A stream of many documents (helm template output) is parsed document by document, and only
  // the documents that can concern ZooKeeper: each keeps its offsets into the whole file.
  const starts = documentStarts(text);
  const chunks = starts.length > 1 ? starts.map((s, i) => ({ base: s, text: text.slice(s, starts[i + 1] ?? text.length) })).filter((c) => needed(c.text)) : [{ base: 0, text }];
  let index = 0;
  for (const chunk of chunks) {
    const view: YamlFile = chunk.base === 0 && chunk.text === text ? out : { file, text: chunk.text, docs: [], problems: [], locOf: locAt(chunk.base) };
    const locOf = view.locOf as (s: number, e: number) => Location;
    let parsed: Document.Parsed[];
    try {
      const all = Y().parseAllDocuments(chunk.text, { merge: true, uniqueKeys: false, prettyErrors: false, strict: false });
      parsed = Array.isArray(all) ? all : [];
    } catch (e) {
      out.problems.push({ message: (e as Error).message, at: locOf(0, 0) });
      continue;
    }
    for (const doc of parsed) {
      for (const err of doc.errors) out.problems.push({ message: err.message.split('\n')[0] ?? err.message, at: locOf(err.pos[0], err.pos[1]) });
      if (doc.errors.length === 0) out.docs.push({ doc, file: view, index });
      index++;
    }
  }
  return out;
}

/** Follows aliases to the node they name. */
export function deref(d: YamlDoc, n: unknown): Node | undefined {
  let cur = n as Node | undefined;
  for (let i = 0; i < 64 && cur && isAlias(cur); i++) cur = cur.resolve(d.doc) as Node | undefined;
  return cur ?? undefined;
}

function keyText(d: YamlDoc, k: unknown): string | undefined {
  const n = deref(d, k);
  if (isScalar(n)) return n.value === null ? '' : typeof n.value === 'symbol' ? (n.value.description ?? '') : String(n.value);
  return undefined;
}

/**
 * A mapping's entries as YAML resolves them: explicit keys first, then keys merged in with `<<`
 * (an alias or a list of aliases; earlier maps in the list win). Last duplicate wins.
 */
export function entries(d: YamlDoc, n: unknown, depth = 0): Map<string, { key: Node; value: Node | undefined }> {
  const out = new Map<string, { key: Node; value: Node | undefined }>();
  const map = deref(d, n);
  if (!isMap(map) || depth > 16) return out;
  const merged: Array<Map<string, { key: Node; value: Node | undefined }>> = [];
  for (const item of (map as YAMLMap).items) {
    if (!isPair(item)) continue;
    const k = keyText(d, item.key);
    if (k === undefined) continue;
    if (k === '<<' && !isAlias(item.key)) {
      const v = deref(d, item.value);
      if (isSeq(v)) for (const m of v.items) merged.push(entries(d, m, depth + 1));
      else if (isMap(v)) merged.push(entries(d, v, depth + 1));
      continue;
    }
    out.set(k, { key: item.key as Node, value: deref(d, item.value) });
  }
  for (const m of merged) for (const [k, v] of m) if (!out.has(k)) out.set(k, v);
  return out;
}

export function get(d: YamlDoc, n: unknown, ...path: Array<string | number>): Node | undefined {
  let cur = deref(d, n);
  for (const p of path) {
    if (cur === undefined) return undefined;
    if (typeof p === 'number') cur = isSeq(cur) ? deref(d, cur.items[p]) : undefined;
    else cur = entries(d, cur).get(p)?.value;
  }
  return cur;
}

export function items(d: YamlDoc, n: unknown): Node[] {
  const s = deref(d, n);
  return isSeq(s) ? s.items.map((x) => deref(d, x)).filter((x): x is Node => x !== undefined) : [];
}

/** A scalar as text (numbers keep their source spelling: `ZOO_MY_ID: 01` is "01"), else undefined. */
export function text(d: YamlDoc, n: unknown): string | undefined {
  const s = deref(d, n);
  if (!isScalar(s)) return undefined;
  if (s.value === null) return '';
  if (typeof s.value === 'number' && s.source !== undefined && s.type === 'PLAIN') return s.source;
  return String(s.value);
}

export function where(d: YamlDoc, n: unknown): Location {
  const node = n as Node | undefined;
  const r = node?.range;
  const locOf = d.file.locOf;
  if (!r || !locOf) return { file: d.file.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return locOf(r[0], r[1]);
}

/**
 * Where the characters of a scalar's value start in the file, when they appear there verbatim on
 * one line (plain or quoted without escapes); lets a column in a rendered line map back exactly.
 */
export function verbatimStart(d: YamlDoc, n: unknown): Location | undefined {
  const s = n as Node | undefined;
  if (!isScalar(s) || !s.range) return undefined;
  const raw = d.file.text.slice(s.range[0], s.range[1]);
  if (raw.includes('\n')) return undefined;
  const value = s.value === null ? '' : typeof s.value === 'number' && s.source !== undefined ? s.source : String(s.value);
  let off = 0;
  if (s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE') off = 1;
  else if (s.type !== 'PLAIN') return undefined;
  if (raw.slice(off, off + value.length) !== value) return undefined;
  const locOf = d.file.locOf;
  return locOf ? locOf(s.range[0] + off, s.range[0] + off + value.length) : undefined;
}
