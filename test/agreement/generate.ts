/**
 * Independent case generators for the agreement command (`npm run agreement`, test/agreement/).
 *
 * Written without looking at the rules: each strategy bends configurations the way a file gets
 * bent in the wild or the way Java's parsers can be fed, and real ZooKeeper labels the result.
 *   bytes    byte-level mutation of small valid configs: bit flips, NUL and non-ASCII bytes,
 *            line duplication / deletion / splicing / swapping, backslash escapes, continuations,
 *            CR / CRLF endings, a BOM, UTF-16, odd whitespace
 *   corpus   the same byte mutations on the real-world corpus (../shared/corpus/real), after
 *            pointing its data paths into the case directory (and nothing else)
 *   values   numbers in every form Java parses or refuses: Unicode decimal digits (as `\uXXXX`
 *            escapes and raw Latin-1 bytes), signs, leading zeros, whitespace kinds, overflow,
 *            hex, decimals, empty; in plain keys, server ids, ports and myid
 *   keys     every catalogue key (src/model/catalogue.ts) with a random value of any kind
 *   datadir  data-directory contents: myid forms, snapshots and logs, epochs, files in place of dirs
 *
 * Deterministic for a seed. File contents are bytes (latin1 strings). `@CASE@` stands for the
 * absolute case directory; it is replaced when the case is written, after mutation, so a mutated
 * placeholder becomes a relative path (inside the oracle's scratch working directory), never a
 * path elsewhere on this machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KEYS } from '../../src/model/catalogue.js';
import { Rng } from '../mutation/generate.js';

export { Rng };

export type Strategy = 'bytes' | 'corpus' | 'values' | 'keys' | 'datadir';
export const STRATEGIES: readonly Strategy[] = ['bytes', 'corpus', 'values', 'keys', 'datadir'];

export interface AgreementCase {
  id: string;
  strategy: Strategy;
  /** What was done, for the report: "nul on standalone", "clientPort=+0２1８1". */
  detail: string;
  /** Relative path → latin1 string (bytes); a key ending in "/" is a directory. */
  files: Record<string, string>;
  jvmFlags: string[];
}

// ------------------------------------------------------------------ base configs

interface Base {
  name: string;
  lines: string[];
  /** data/myid content, or undefined for none. */
  myid?: string;
}

const DATA = 'dataDir=@CASE@/data';

function quorumLines(rng: Rng, n: number, clientInLine: boolean): string[] {
  const lines: string[] = [];
  for (let id = 1; id <= n; id++) {
    const p = 2000 + rng.int(0, 60) * 10;
    lines.push(`server.${id}=127.0.0.${id}:${p + 8}:${p + 9}${clientInLine ? `;${2181 + id}` : ''}`);
  }
  return lines;
}

/** Small configurations every version (3.4, 3.8, 3.9) starts with, except where named. */
function baseConfig(rng: Rng): Base {
  const tick = rng.pick(['2000', '3000', '1000', '500']);
  const port = String(rng.pick([2181, 2182, 12181, 21810]));
  const extras = (): string[] => {
    const out: string[] = [];
    if (rng.chance(0.3)) out.push(`maxClientCnxns=${rng.pick(['0', '60', '100'])}`);
    if (rng.chance(0.2)) out.push('autopurge.snapRetainCount=3', `autopurge.purgeInterval=${rng.pick(['0', '1', '24'])}`);
    if (rng.chance(0.15)) out.push(`minSessionTimeout=${Number(tick) * 2}`, `maxSessionTimeout=${Number(tick) * 20}`);
    if (rng.chance(0.15)) out.push('# a comment', '! another comment');
    if (rng.chance(0.1)) out.push(`dataLogDir=@CASE@/datalog`);
    return out;
  };
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return { name: 'standalone', lines: [`tickTime=${tick}`, DATA, `clientPort=${port}`, ...extras()] };
    case 2:
    case 3: {
      const n = rng.pick([3, 3, 5, 1, 2, 4]);
      return {
        name: `quorum-${n}`,
        lines: [`tickTime=${tick}`, 'initLimit=10', 'syncLimit=5', DATA, `clientPort=${port}`, ...extras(), ...quorumLines(rng, n, false)],
        myid: '1\n',
      };
    }
    case 4: {
      const lines = [`tickTime=${tick}`, 'initLimit=10', 'syncLimit=5', DATA, `clientPort=${port}`, ...quorumLines(rng, 3, false)];
      lines.push('group.1=1:2:3');
      for (let id = 1; id <= 3; id++) lines.push(`weight.${id}=${rng.pick(['1', '1', '2', '0'])}`);
      return { name: 'hierarchical', lines, myid: '1\n' };
    }
    default: {
      const lines = [`tickTime=${tick}`, 'initLimit=10', 'syncLimit=5', DATA, ...quorumLines(rng, 3, true)];
      return { name: 'quorum-3-client-in-line', lines, myid: '1\n' }; // 3.5+: 3.4 refuses `;port`
    }
  }
}

// ------------------------------------------------------------------ byte mutations

const ESCAPES = ['\\u0662', '\\uff15', '\\u0966', '\\u0000', '\\u00a0', '\\u2003', '\\t', '\\n', '\\\\', '\\uZZ', '\\u', '\\', '\\ ', '\\=', '\\:', '\\#'];
const WS = [' ', '\t', '\f', '\xa0', '\x0b', '\r'];

type ByteMutation = (text: string, rng: Rng, donor: string) => string;

const splitLines = (t: string): string[] => t.split('\n');
const pos = (t: string, rng: Rng): number => rng.int(0, t.length);

export const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  flip: (t, rng) => {
    if (t.length === 0) return t;
    const i = rng.int(0, t.length - 1);
    return t.slice(0, i) + String.fromCharCode((t.charCodeAt(i) ^ (1 << rng.int(0, 7))) & 0xff) + t.slice(i + 1);
  },
  nul: (t, rng) => {
    const i = rng.chance(0.5) ? endOfRandomLine(t, rng) : pos(t, rng);
    return t.slice(0, i) + '\0'.repeat(rng.int(1, 3)) + t.slice(i);
  },
  nonAscii: (t, rng) => {
    const i = rng.chance(0.5) ? endOfRandomLine(t, rng) : pos(t, rng);
    return t.slice(0, i) + String.fromCharCode(rng.int(0x80, 0xff)) + t.slice(i);
  },
  dupLine: (t, rng) => {
    const ls = splitLines(t);
    const i = rng.int(0, ls.length - 1);
    ls.splice(rng.int(0, ls.length), 0, ls[i] as string);
    return ls.join('\n');
  },
  delLine: (t, rng) => {
    const ls = splitLines(t);
    ls.splice(rng.int(0, ls.length - 1), 1);
    return ls.join('\n');
  },
  swapLines: (t, rng) => {
    const ls = splitLines(t);
    const i = rng.int(0, ls.length - 1);
    const j = rng.int(0, ls.length - 1);
    [ls[i], ls[j]] = [ls[j] as string, ls[i] as string];
    return ls.join('\n');
  },
  splice: (t, rng, donor) => {
    const ls = splitLines(t);
    const ds = splitLines(donor).filter((l) => l.trim() !== '');
    if (ds.length === 0) return t;
    ls.splice(rng.int(0, ls.length), 0, rng.pick(ds));
    return ls.join('\n');
  },
  cutLine: (t, rng) => {
    const ls = splitLines(t);
    const i = rng.int(0, ls.length - 1);
    const l = ls[i] as string;
    ls[i] = l.slice(0, rng.int(0, l.length));
    return ls.join('\n');
  },
  escape: (t, rng) => {
    const i = rng.chance(0.5) ? endOfRandomLine(t, rng) : pos(t, rng);
    return t.slice(0, i) + rng.pick(ESCAPES) + t.slice(i);
  },
  continuation: (t, rng) => {
    const ls = splitLines(t);
    const i = rng.int(0, ls.length - 1);
    if (rng.chance(0.5)) ls[i] = `${ls[i]}\\`;
    else {
      const l = ls[i] as string;
      const at = rng.int(0, l.length);
      ls[i] = `${l.slice(0, at)}\\\n${rng.pick(['', ' ', '\t', '  '])}${l.slice(at)}`;
    }
    return ls.join('\n');
  },
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  cr: (t) => t.replace(/\n/g, '\r'),
  bom: (t) => '\xef\xbb\xbf' + t,
  utf16: (t, rng) => {
    const le = rng.chance(0.5);
    let out = le ? '\xff\xfe' : '\xfe\xff';
    for (const ch of t) out += le ? `${ch}\0` : `\0${ch}`;
    return out;
  },
  whitespace: (t, rng) => {
    const ls = splitLines(t);
    const i = rng.int(0, ls.length - 1);
    const w = rng.pick(WS).repeat(rng.int(1, 2));
    ls[i] = rng.chance(0.5) ? `${ls[i]}${w}` : `${w}${ls[i]}`;
    return ls.join('\n');
  },
  separator: (t, rng) => {
    const ls = splitLines(t);
    const i = rng.int(0, ls.length - 1);
    ls[i] = (ls[i] as string).replace(/=/, rng.pick([':', ' ', ' = ', '\t', '==', '=:', ' : ']));
    return ls.join('\n');
  },
};

function endOfRandomLine(t: string, rng: Rng): number {
  const ends: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i] === '\n') ends.push(i);
  ends.push(t.length);
  return rng.pick(ends);
}

const MUTATION_NAMES = Object.keys(BYTE_MUTATIONS);

function mutateBytes(text: string, rng: Rng, donor: string): { text: string; names: string[] } {
  const names: string[] = [];
  const n = rng.chance(0.6) ? 1 : rng.int(2, 3);
  for (let i = 0; i < n; i++) {
    const name = rng.pick(MUTATION_NAMES);
    // Whole-file re-encodings go last, once.
    if ((name === 'utf16' || name === 'bom') && i < n - 1) continue;
    names.push(name);
    text = (BYTE_MUTATIONS[name] as ByteMutation)(text, rng, donor);
  }
  return { text, names };
}

// ------------------------------------------------------------------ the real corpus

export interface CorpusFile {
  name: string;
  /** latin1 text with data paths pointing into @CASE@. */
  text: string;
  myid?: string;
  hosts: string[];
}

/**
 * Load ../shared/corpus/real (configs and rendered configs). Absolute or relative data paths
 * become `@CASE@/data` / `@CASE@/datalog`, `dynamicConfigFile` `@CASE@/zoo.cfg.dynamic`; a quorum
 * config gets a myid holding its first server id. Returns [] when the corpus is missing.
 */
export function loadCorpus(dir: string): CorpusFile[] {
  const index = join(dir, 'INDEX.tsv');
  if (!existsSync(index)) return [];
  const out: CorpusFile[] = [];
  for (const row of readFileSync(index, 'utf8').trim().split('\n').slice(1)) {
    const [file, , , , kind] = row.split('\t');
    if (!file || (kind !== 'config' && kind !== 'rendered')) continue;
    let text = readFileSync(join(dir, file)).toString('latin1');
    if (/^\s*(metricsProvider\.className).*prometheus/im.test(text)) continue; // jar not shipped by Debian
    // A dynamic membership file (only server./group./weight./version lines) is not a zoo.cfg.
    const keys = text.split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('!'));
    if (keys.length > 0 && keys.every((l) => /^(server|group|weight)\.|^version\s*[=:]/.test(l))) continue;
    text = text.replace(
      /^([ \t\f]*)(dataDir|dataLogDir|dynamicConfigFile)([ \t\f]*[=:][ \t\f]*|[ \t\f]+)([^\r\n]*?)([ \t\f]*)$/gm,
      (m, ind: string, key: string, sep: string, value: string, tail: string) =>
        value.endsWith('\\') || value === ''
          ? m
          : `${ind}${key}${sep}@CASE@/${key === 'dataDir' ? 'data' : key === 'dataLogDir' ? 'datalog' : 'zoo.cfg.dynamic'}${tail}`,
    );
    const hosts = new Set<string>();
    let firstId: string | undefined;
    const ids = new Set<string>();
    for (const m of text.matchAll(/^[ \t\f]*server\.(\d+)[ \t\f]*[=:][ \t\f]*([^\r\n]*)$/gm)) {
      firstId ??= m[1];
      ids.add(m[1] as string);
      const host = (m[2] as string).replace(/^\[([^\]]*)\].*$/, '$1').split(/[:;|]/)[0]?.trim() ?? '';
      if (host && !/^[\d.]+$/.test(host) && !host.includes(':')) hosts.add(host);
    }
    for (const m of text.matchAll(/^[ \t\f]*(?:secureC|c)lientPortAddress[ \t\f]*[=:][ \t\f]*([^\r\n]*?)[ \t\f]*$/gm)) {
      const h = m[1] as string;
      if (h && !/^[\d.]+$/.test(h) && !h.includes(':')) hosts.add(h);
    }
    const quorum = ids.size > 1 || /^\s*standaloneEnabled\s*[=:]\s*false/m.test(text);
    out.push({ name: file, text, ...(quorum && firstId ? { myid: `${firstId}\n` } : {}), hosts: [...hosts] });
  }
  return out;
}

// ------------------------------------------------------------------ numbers in Java's forms

/** Unicode decimal digit zeros (Character.digit accepts all of these and their next nine). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10, 0x1040, 0x1d7ce];

function unicodeDigits(n: string, rng: Rng): string {
  const zero = rng.pick(DIGIT_ZEROS);
  let out = '';
  for (const ch of n) {
    if (ch >= '0' && ch <= '9' && rng.chance(0.7)) {
      const cp = zero + (ch.charCodeAt(0) - 48);
      // Properties reads \uXXXX escapes (UTF-16 units): a supplementary digit is a surrogate pair.
      const units = String.fromCodePoint(cp);
      for (let i = 0; i < units.length; i++) out += `\\u${units.charCodeAt(i).toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}

/** `n` written in a random form Java's parseInt/parseLong/Integer.getInteger may accept or refuse. */
export function numberForm(n: number, rng: Rng): { text: string; form: string } {
  const s = String(n);
  const forms: Array<[string, () => string]> = [
    ['plain', () => s],
    ['plus', () => `+${s}`],
    ['minus', () => `-${s}`],
    ['zeros', () => `00${s}`],
    ['unicode-digits', () => unicodeDigits(s, rng)],
    ['latin1-superscript', () => s.replace(/2/g, '\xb2').replace(/3/g, '\xb3').replace(/1/g, '\xb9')],
    ['trailing-ws', () => `${s}${rng.pick([' ', '\t', '\f', '\\u00a0', '\\u2003', '\xa0', '\\t', '\\u0000', '\0'])}`],
    ['leading-ws-escaped', () => `${rng.pick(['\\ ', '\\t', '\\u00a0', '\\u2003'])}${s}`],
    ['overflow-int', () => String(2147483648 + rng.int(0, 10))],
    ['overflow-long', () => '9223372036854775808'],
    ['min-int', () => '-2147483648'],
    ['max-int', () => '2147483647'],
    ['hex', () => `0x${n.toString(16)}`],
    ['decimal', () => `${s}.0`],
    ['underscore', () => `${s.slice(0, 1)}_${s.slice(1)}`],
    ['empty', () => ''],
    ['word', () => rng.pick(['abc', 'true', 'null', 'NaN', '-', '+'])],
    ['sign-only-unicode', () => `\\u002d${s}`],
    ['huge', () => '1'.repeat(rng.int(11, 30))],
  ];
  const [form, make] = rng.pick(forms);
  return { text: make(), form };
}

// ------------------------------------------------------------------ keys with random values

const CLASS_POOL = [
  'org.apache.zookeeper.server.NIOServerCnxnFactory',
  'org.apache.zookeeper.server.NettyServerCnxnFactory',
  'org.apache.zookeeper.server.auth.SASLAuthenticationProvider',
  'org.apache.zookeeper.metrics.impl.NullMetricsProvider',
  'com.example.DoesNotExist',
  'java.lang.String',
  '',
];

function randomValue(kind: string, rng: Rng): string {
  switch (kind) {
    case 'int':
    case 'long':
    case 'getInteger':
    case 'getLong':
    case 'parseIntLate':
      return numberForm(rng.pick([0, 1, 2, 5, 10, 60, 1000, 2181, 65536, 100000]), rng).text;
    case 'bool':
    case 'sysBool':
    case 'literal':
      return rng.pick(['true', 'false', 'TRUE', 'yes', 'no', '1', '', 'ture', ' true']);
    case 'path':
      return rng.pick(['@CASE@/data', '@CASE@/other', '@CASE@/zoo.cfg', '', '@CASE@/data/../data', '@CASE@/no/such/dir']);
    case 'host':
      return rng.pick(['127.0.0.1', '0.0.0.0', '', 'no-such-host.invalid', '::1', '[::1]', '127.0.0.1:2181', '999.1.1.1']);
    case 'class':
      return rng.pick(CLASS_POOL);
    case 'list':
      return rng.pick(['ruok,stat', '*', '', 'ruok, stat ,,', 'bogus']);
    default:
      return rng.pick(['x', '', '0', 'true', '@CASE@/data', 'ruok', '127.0.0.1', '-1', '2181']);
  }
}

const KEY_LIST = [...KEYS].map(([k, info]) => ({ key: k, kind: info.kind as string }));
/** Keys whose values name server-side paths or things that are not config at all. */
const PREFIX_KEYS = ['authProvider.1', 'ssl.keyStore.location', 'ssl.keyStoreLocaton', 'ssl.quorum.trustStore.type', 'superUser.x', 'metricsProvider.exportJvmInfo', 'netty.advancedFlowControl.enabled'];

// ------------------------------------------------------------------ data-dir contents

type DataMutation = (files: Record<string, string>, rng: Rng, cfg: string[]) => string;

const DATA_MUTATIONS: Record<string, DataMutation> = {
  myid: (f, rng) => {
    const v = rng.pick(['', '\n', ' 1', '1 \n', '01', '+1', '-1', '0', '1\n2\n', 'abc', '\\u0661', '\xd9\xa1', '\0' + '1', '1\0', '\xef\xbb\xbf1', '9999999999', '1.0', '2', '\t1\t', '1\r\n']);
    f['data/myid'] = v;
    return `myid=${JSON.stringify(v)}`;
  },
  noMyid: (f) => {
    delete f['data/myid'];
    return 'no myid';
  },
  myidDir: (f) => {
    delete f['data/myid'];
    f['data/myid/'] = '';
    return 'myid is a directory';
  },
  dataDirFile: (f) => {
    for (const k of Object.keys(f)) if (k.startsWith('data/')) delete f[k];
    f['data'] = 'not a directory\n';
    return 'dataDir is a file';
  },
  logWithoutSnapshot: (f, rng) => {
    f['data/version-2/'] = '';
    f[`data/version-2/log.${rng.pick(['1', '100000001', 'zz'])}`] = rng.chance(0.5) ? '' : 'ZKLG\0\0\0\x02garbage';
    return 'log without snapshot';
  },
  garbageSnapshot: (f, rng) => {
    f['data/version-2/'] = '';
    f[`data/version-2/snapshot.${rng.pick(['0', '100000000', 'x'])}`] = rng.pick(['', 'garbage', 'ZKSN\0\0\0\x02']);
    return 'garbage snapshot';
  },
  epochs: (f, rng) => {
    f['data/version-2/'] = '';
    const pick = () => rng.pick(['0', '1', '5', '-1', 'abc', '', '1\n', '99999999999']);
    if (rng.chance(0.8)) f['data/version-2/currentEpoch'] = pick();
    if (rng.chance(0.8)) f['data/version-2/acceptedEpoch'] = pick();
    return `epochs current=${JSON.stringify(f['data/version-2/currentEpoch'])} accepted=${JSON.stringify(f['data/version-2/acceptedEpoch'])}`;
  },
  snapshotsInLogDir: (f, _rng, cfg) => {
    cfg.push('dataLogDir=@CASE@/datalog');
    f['datalog/version-2/'] = '';
    f['datalog/version-2/snapshot.0'] = '';
    return 'snapshot file in dataLogDir';
  },
  logsInDataDir: (f, _rng, cfg) => {
    cfg.push('dataLogDir=@CASE@/datalog');
    f['datalog/'] = '';
    f['data/version-2/'] = '';
    f['data/version-2/log.1'] = '';
    return 'log file in dataDir with a separate dataLogDir';
  },
  versionFile: (f) => {
    f['data/version-2'] = 'a file';
    return 'version-2 is a file';
  },
};

// ------------------------------------------------------------------ generation

export interface GenerateOptions {
  /** Real corpus files for the `corpus` strategy (loadCorpus); that strategy is skipped when empty. */
  corpus?: readonly CorpusFile[];
  strategies?: readonly Strategy[];
}

function render(lines: string[]): string {
  return lines.join('\n') + '\n';
}

function withMyid(files: Record<string, string>, myid: string | undefined): Record<string, string> {
  files['data/'] = '';
  if (myid !== undefined) files['data/myid'] = myid;
  return files;
}

function makeCase(strategy: Strategy, rng: Rng, corpus: readonly CorpusFile[]): Omit<AgreementCase, 'id'> {
  switch (strategy) {
    case 'bytes': {
      const base = baseConfig(rng);
      const donor = render(baseConfig(rng).lines);
      const { text, names } = mutateBytes(render(base.lines), rng, donor);
      return { strategy, detail: `${names.join('+')} on ${base.name}`, files: withMyid({ 'zoo.cfg': text }, base.myid), jvmFlags: [] };
    }
    case 'corpus': {
      const src = rng.pick(corpus);
      const donor = rng.pick(corpus).text;
      const { text, names } = rng.chance(0.1) ? { text: src.text, names: ['none'] } : mutateBytes(src.text, rng, donor);
      return { strategy, detail: `${names.join('+')} on ${src.name}`, files: withMyid({ 'zoo.cfg': text }, src.myid), jvmFlags: [] };
    }
    case 'values': {
      const base = baseConfig(rng);
      const lines = [...base.lines];
      let myid = base.myid;
      const { text, form } = numberForm(rng.pick([1, 2, 3, 5, 10, 2000, 2181, 3000, 60000]), rng);
      const target = rng.int(0, 9);
      let detail: string;
      if (target <= 4) {
        const key = rng.pick(['tickTime', 'initLimit', 'syncLimit', 'clientPort', 'maxClientCnxns', 'minSessionTimeout', 'maxSessionTimeout', 'electionAlg', 'autopurge.snapRetainCount', 'autopurge.purgeInterval', 'globalOutstandingLimit', 'snapCount', 'preAllocSize', 'nio.numSelectorThreads', 'nio.numWorkerThreads', 'admin.serverPort', 'secureClientPort', 'observerMasterPort', 'connectToLearnerMasterLimit', 'clientPortListenBacklog']);
        const i = lines.findIndex((l) => l.startsWith(`${key}=`));
        if (i >= 0) lines[i] = `${key}=${text}`;
        else lines.push(`${key}=${text}`);
        detail = `${key} ${form}`;
      } else if (target <= 6 && lines.some((l) => l.startsWith('server.'))) {
        // A server id or a port of a server line.
        const i = lines.findIndex((l) => l.startsWith('server.'));
        const l = lines[i] as string;
        if (rng.chance(0.5)) {
          lines[i] = l.replace(/^server\.(\d+)/, `server.${text}`);
          detail = `server id ${form}`;
        } else {
          const parts = l.split(':');
          const k = rng.int(1, parts.length - 1);
          parts[k] = (parts[k] as string).replace(/^\d+/, text);
          lines[i] = parts.join(':');
          detail = `server port ${form}`;
        }
      } else {
        myid = `${text.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))}\n`;
        // myid is read as UTF-8 text by ZooKeeper: write non-Latin-1 digits as UTF-8 bytes.
        myid = Buffer.from(myid, 'utf8').toString('latin1');
        if (!lines.some((l) => l.startsWith('server.'))) lines.push(...quorumLines(rng, 3, false), 'initLimit=10', 'syncLimit=5');
        detail = `myid ${form}`;
      }
      return { strategy, detail, files: withMyid({ 'zoo.cfg': render(lines) }, myid ?? '1\n'), jvmFlags: [] };
    }
    case 'keys': {
      const base = baseConfig(rng);
      const lines = [...base.lines];
      const picks: string[] = [];
      for (let n = rng.int(1, 3); n > 0; n--) {
        const useCatalogue = rng.chance(0.9);
        const { key, kind } = useCatalogue ? rng.pick(KEY_LIST) : { key: rng.pick(PREFIX_KEYS), kind: 'string' };
        // Keys whose random value would make the JVM read or write outside the case: keep them sane.
        if (key === 'dataDir' || key === 'dataLogDir' || key === 'kinit') continue;
        const value = randomValue(kind, rng);
        lines.splice(rng.int(0, lines.length), 0, `${key}=${value}`);
        picks.push(`${key}=${JSON.stringify(value)}`);
      }
      return { strategy, detail: `${picks.join(' ')} on ${base.name}`, files: withMyid({ 'zoo.cfg': render(lines) }, base.myid), jvmFlags: [] };
    }
    case 'datadir': {
      const base = baseConfig(rng);
      const lines = [...base.lines];
      const files = withMyid({}, base.myid);
      const name = rng.pick(Object.keys(DATA_MUTATIONS));
      const detail = (DATA_MUTATIONS[name] as DataMutation)(files, rng, lines);
      files['zoo.cfg'] = render(lines);
      return { strategy, detail: `${detail} on ${base.name}`, files, jvmFlags: [] };
    }
  }
}

/** `count` cases from `seed`, strategies round-robin (corpus only when a corpus is given). */
export function generateAgreementCases(count: number, seed: number, opts: GenerateOptions = {}): AgreementCase[] {
  const corpus = opts.corpus ?? [];
  const strategies = (opts.strategies ?? STRATEGIES).filter((s) => s !== 'corpus' || corpus.length > 0);
  const rng = new Rng(seed);
  const out: AgreementCase[] = [];
  for (let i = 0; i < count; i++) {
    const strategy = strategies[i % strategies.length] as Strategy;
    out.push({ id: `${String(i).padStart(5, '0')}-${strategy}`, ...makeCase(strategy, rng, corpus) });
  }
  return out;
}

/** Write a case into `dir` (fresh), `@CASE@` → `dir`, bytes as given. Returns the zoo.cfg path. */
export function writeCase(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  // Directories first, then files (a file may live in a listed directory).
  for (const rel of Object.keys(files).filter((r) => r.endsWith('/'))) mkdirSync(join(dir, rel), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    if (rel.endsWith('/')) continue;
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, Buffer.from(content.split('@CASE@').join(dir), 'latin1'));
  }
  return join(dir, 'zoo.cfg');
}
