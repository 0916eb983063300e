/**
 * Membership as ZooKeeper's quorum verifiers build it from `server.N`, `group.N`, `weight.N`
 * (and `version`): ids as Longs (so `server.1` and `server.01` are one server), untrimmed values,
 * roles, hierarchical groups and weights, each with the error ZooKeeper would raise.
 */
import { KEY_INDEX_FROM, type ConfigFile, type Occurrence } from './config-file.js';
import { KeyIndex } from './key-index.js';
import { javaSplit } from './java-split.js';
import { javaLongText, parseJavaLong } from './java.js';
import { OneAddress, parseServerValue, parseSimple, type ParsedServerValue, type Role, type ServerLineError } from './server-line.js';
import type { ZkVersion } from './version.js';

/**
 * One `server.N` line as ZooKeeper reads it. Read-only, and read through this interface: the usual
 * line is a compact object whose id, role and parse are getters (`PlainServerLine`), so spreading
 * it or `Object.keys` does not show them, and each read of `parsed` is a new object.
 */
export interface ServerDecl {
  readonly occ: Occurrence;
  /** Normalised id (decimal string of the Long), undefined when the id does not parse. */
  readonly id: string | undefined;
  readonly idError: string | undefined;
  readonly parsed: ParsedServerValue;
  readonly role: Role;
}

export interface MembershipError {
  occ: Occurrence;
  says: string;
  /** 'config': ConfigException; 'wrapped': IllegalArgumentException/NumberFormatException; 'crash': uncaught. */
  kind: ServerLineError['kind'];
  /** Which part of the entry: the key or the value (relative offsets in the value). */
  where: 'key' | { start: number; end: number };
}

export interface Membership {
  file: ConfigFile;
  /** Every `server.*` occurrence in file order. */
  lines: ServerDecl[];
  /** Effective members by normalised id (the last line for an id wins; ids in first-seen order). */
  members: ReadonlyMap<string, ServerDecl>;
  voters: ServerDecl[];
  observers: ServerDecl[];
  hierarchical: boolean;
  /** member id → group id (hierarchical). */
  groupOf: Map<string, string>;
  /** member id → weight (hierarchical; explicit weights only). */
  weights: Map<string, bigint>;
  errors: MembershipError[];
}

/** `server.` and an id Long.parseLong reads as itself: `0`, or up to 18 digits without a leading zero. */
const PLAIN_ID = /^server\.(?:0|[1-9]\d{0,17})$/;

/**
 * A 3.5+ line with a plain id and a value the parse's fast path reads (`host:port:port[:role][;client]`,
 * one address): the usual line, held in 32 bytes, its entry alone. The declaration, its parse, its
 * one address and client and the id and host strings took ~180 bytes (~230 with a client): on
 * 100,000 server lines ~15 MB of live heap. The id is its key's text after `server.`, and the role
 * and parse are the fast path's, run again on the value at each read
 * (test/membership-compact.test.ts holds it equal to the plain declaration).
 */
class PlainServerLine implements ServerDecl {
  constructor(readonly occ: Occurrence) {}
  get id(): string {
    return this.occ.entry.key.slice(7);
  }
  get idError(): undefined {
    return undefined;
  }
  get role(): Role {
    return this.parsed.role ?? 'participant';
  }
  get parsed(): ParsedServerValue {
    return parseSimple(this.occ.entry.value) as OneAddress;
  }
  /** As the plain declaration (JSON.stringify). */
  toJSON(): ServerDecl {
    return { occ: this.occ, id: this.id, idError: undefined, parsed: this.parsed, role: this.role };
  }
}

/** A valid line's id (set for every line that becomes a member). */
const idOf = (d: ServerDecl) => d.id as string;

const membershipKey = (k: string) => k.startsWith('server.') || k.startsWith('group') || k.startsWith('weight');
export const isMembershipKey = membershipKey;

function idAfterDot(key: string): { id?: string; says?: string } {
  const dot = key.indexOf('.');
  const text = key.slice(dot + 1);
  const n = javaLongText(text);
  return n.ok ? { id: n.value } : { says: n.says };
}

/**
 * `oracle`: oraclePath is set (3.8+), so ZooKeeper uses QuorumOracleMaj, a majority verifier that
 * never reads group/weight lines.
 */
export function buildMembership(file: ConfigFile, version: ZkVersion, multiAddressEnabled: boolean, oracle = false): Membership {
  const m: Membership = {
    file,
    lines: [],
    members: new Map(),
    voters: [],
    observers: [],
    hierarchical: false,
    groupOf: new Map(),
    weights: new Map(),
    errors: [],
  };
  // Properties keeps one value per raw key: only the last occurrence of a key is seen by ZooKeeper.
  // (Distinct trimmed keys mean distinct raw keys: then every occurrence is seen.)
  let seen = file.occurrences;
  if (file.effective.size < file.occurrences.length) {
    const lastByRawKey = new Map<string, Occurrence>();
    for (const o of file.occurrences) lastByRawKey.set(o.entry.key, o);
    seen = [...lastByRawKey.values()].sort((a, b) => a.entry.index - b.entry.index);
  }

  // 3.4 trims every value (server, group and weight lines too), has no `version` key, and is
  // hierarchical only with group lines (weights alone are ignored).
  const v34 = version === '3.4';
  // Valid lines in file order: the last one for an id is the member.
  const valid: ServerDecl[] = [];
  for (const occ of seen) {
    // 3.4 matches the trimmed key (`\ server.1` is server 1); 3.5+ the key as written.
    const key = v34 ? occ.key : occ.entry.key;
    if (!oracle && (occ.key.startsWith('group') || (!v34 && occ.key.startsWith('weight')))) m.hierarchical = true;
    if (!key.startsWith('server.')) continue;
    const plain = !v34 && PLAIN_ID.test(key);
    const { id, says } = plain ? { id: key.slice(7), says: undefined } : idAfterDot(key);
    const parsed = parseServerValue(id ?? key.slice(7), occ.entry.value, { version, multiAddressEnabled });
    if (plain && parsed instanceof OneAddress) {
      const line = new PlainServerLine(occ);
      m.lines.push(line);
      valid.push(line);
      continue;
    }
    const role: Role = parsed.role ?? 'participant';
    const decl: ServerDecl = { occ, id, idError: says, parsed, role };
    m.lines.push(decl);
    if (says !== undefined) {
      m.errors.push({ occ, says, kind: 'wrapped', where: 'key' });
      continue;
    }
    if (parsed.error) {
      m.errors.push({ occ, says: parsed.error.says, kind: parsed.error.kind, where: parsed.error.part });
      continue;
    }
    valid.push(decl);
  }
  if (valid.length >= KEY_INDEX_FROM) {
    // Every line valid (the usual case): the index reads m.lines, and `valid` goes.
    m.members = new KeyIndex(valid.length === m.lines.length ? m.lines : valid, idOf);
  } else {
    const members = new Map<string, ServerDecl>();
    for (const d of valid) members.set(d.id as string, d);
    m.members = members;
  }
  if (m.members.size === m.lines.length && m.lines.length >= KEY_INDEX_FROM && !m.lines.some((d) => d.role === 'observer')) {
    // A large membership where every line is a member with an id of its own, in file order, and
    // none an observer: the voters are the lines themselves (not a second array of 100,000).
    m.voters = m.lines;
  } else {
    for (const d of m.members.values()) (d.role === 'observer' ? m.observers : m.voters).push(d);
  }

  const groupLine = new Map<string, Occurrence>();
  for (const occ of seen) {
    const key = v34 ? occ.key : occ.entry.key;
    if (key.startsWith('server.') || key === 'version') {
      if (key === 'version' && !v34) {
        const v = /^[+-]?[0-9a-fA-F]+$/.test(occ.entry.value);
        if (!v) m.errors.push({ occ, says: `For input string: "${occ.entry.value}"`, kind: 'wrapped', where: { start: 0, end: occ.entry.value.length } });
      }
      continue;
    }
    if (!m.hierarchical && !v34) continue;
    if (key.startsWith('group')) {
      const { id: gid, says } = idAfterDot(key);
      if (says !== undefined || gid === undefined) {
        m.errors.push({ occ, says: says ?? '', kind: 'wrapped', where: 'key' });
        continue;
      }
      let offset = 0;
      for (const sidText of javaSplit(v34 ? occ.value : occ.entry.value, ':')) {
        const sid = javaLongText(sidText);
        const where = { start: offset, end: offset + sidText.length };
        offset += sidText.length + 1;
        if (!sid.ok) {
          m.errors.push({ occ, says: sid.says, kind: 'wrapped', where });
          break;
        }
        const s = sid.value;
        if (m.groupOf.has(s)) {
          m.errors.push({ occ, says: `Server ${s}is in multiple groups`, kind: 'config', where });
          break;
        }
        m.groupOf.set(s, gid);
        groupLine.set(s, occ);
      }
    } else if (key.startsWith('weight')) {
      const { id: sid, says } = idAfterDot(key);
      if (says !== undefined || sid === undefined) {
        m.errors.push({ occ, says: says ?? '', kind: 'wrapped', where: 'key' });
        continue;
      }
      const w = parseJavaLong(v34 ? occ.value : occ.entry.value);
      if (!w.ok) {
        m.errors.push({ occ, says: w.says, kind: 'wrapped', where: { start: 0, end: occ.entry.value.length } });
        continue;
      }
      m.weights.set(sid, w.value);
    }
  }
  if (v34) {
    check34(m, file, groupLine);
  } else if (m.hierarchical) {
    // QuorumHierarchical.parse, after its loop over the lines: every participant must be in a group
    // (it throws at the first that is not), and only then computeGroupWeight, which unboxes a null
    // weight for a grouped id that is neither a participant nor given a weight.
    let notInGroup = false;
    for (const d of m.members.values()) {
      if (d.role === 'participant' && !m.groupOf.has(d.id as string)) {
        m.errors.push({ occ: d.occ, says: `Server ${d.id}is not in a group`, kind: 'config', where: 'key' });
        notInGroup = true;
      }
    }
    if (!notInGroup) groupWeightCrash(m, groupLine);
  }
  return m;
}

/**
 * computeGroupWeight (3.4-3.9): each grouped id's weight is unboxed, and only participants get
 * the default of 1, so a grouped id that is not one and has no weight.N line crashes ZooKeeper
 * with a NullPointerException, reported on its group line.
 */
function groupWeightCrash(m: Membership, groupLine: ReadonlyMap<string, Occurrence>): void {
  for (const [sid] of m.groupOf) {
    if (m.members.get(sid)?.role === 'participant' || m.weights.has(sid)) continue;
    const groupOcc = groupLine.get(sid);
    if (groupOcc) m.errors.push({ occ: groupOcc, says: 'NullPointerException', kind: 'crash', where: 'key' });
  }
}

/**
 * 3.4.13's checks after its parse loop, for a quorum (more than one participant): every
 * participant needs an election port unless electionAlg is 0, and with group lines the number of
 * participants must equal the number of server ids the groups list; then the group weights are
 * computed (groupWeightCrash).
 */
function check34(m: Membership, file: ConfigFile, groupLine: ReadonlyMap<string, Occurrence>): void {
  if (m.voters.length < 2 || m.errors.length > 0) return;
  const alg = file.effective.get('electionAlg');
  const algValue = alg ? parseJavaLong(alg.value) : undefined;
  if (!(algValue?.ok && algValue.value === 0n)) {
    // servers is a HashMap<Long, …>: small ids iterate in ascending order.
    const byId = [...m.voters].sort((a, b) => (BigInt(a.id as string) < BigInt(b.id as string) ? -1 : 1));
    const missing = byId.find((d) => d.parsed.addresses[0]?.electionPort === undefined);
    if (missing) {
      m.errors.push({ occ: missing.occ, says: `Missing election port for server: ${missing.id}`, kind: 'config', where: 'key' });
      return;
    }
  }
  if (m.groupOf.size > 0 && m.groupOf.size !== m.voters.length) {
    const first = file.occurrences.find((o) => o.key.startsWith('group'));
    m.errors.push({ occ: first ?? (m.voters[0] as ServerDecl).occ, says: 'Every server must be in exactly one group', kind: 'config', where: 'key' });
    return;
  }
  // As many grouped ids as participants, but not the same ids: weights default to 1 for the participants only.
  if (m.groupOf.size > 0) groupWeightCrash(m, groupLine);
}

/** Effective weight of a member in a hierarchical config (1 when not given). */
export function weightOf(m: Membership, id: string): bigint {
  return m.weights.get(id) ?? 1n;
}
