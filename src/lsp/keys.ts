/**
 * What the editor shows about a config's keys: hover (what a key does, its default, the versions
 * that read it; a server line's parts as ZooKeeper parses them) and key completion for the selected
 * ZooKeeper version. Everything comes from the model's key catalogue and server-line grammar.
 */
import { parseProperties, type PropertyEntry } from '../load/properties.js';
import { KEY_PREFIXES, KEYS, lookupKey, type KeyInfo } from '../model/catalogue.js';
import { keyExistsIn } from '../model/key-version.js';
import { parseServerValue } from '../model/server-line.js';
import { ZK_VERSIONS, type ZkVersion } from '../model/version.js';

export interface Hit {
  entry: PropertyEntry;
  /** The cursor is on the key (else on the value). */
  onKey: boolean;
}

/** The entry whose key or value holds `offset` (continuation lines included). */
export function entryAt(text: string, offset: number): Hit | undefined {
  for (const entry of parseProperties(text).entries) {
    if (offset < entry.lineSpan.start || offset > entry.lineSpan.end) continue;
    return { entry, onKey: offset <= entry.keySpan.end };
  }
  return undefined;
}

/** "3.5.1" → the release lines of ZK_VERSIONS that read the key. */
export function versionsReading(info: KeyInfo): string {
  const lines = ZK_VERSIONS.filter((v) => keyExistsIn(info, v));
  if (lines.length === ZK_VERSIONS.length) return `every release zklint knows (${ZK_VERSIONS[0]}–${ZK_VERSIONS[ZK_VERSIONS.length - 1]})`;
  if (lines.length === 0) return 'none of the releases zklint knows';
  return `${lines[0]}–${lines[lines.length - 1]} (since ${info.since})`;
}

/** Markdown for a catalogue key. */
export function keyDoc(key: string, info: KeyInfo, version: ZkVersion): string {
  const out = [`**${key}** — ${info.description}`, ''];
  out.push(`- default: ${info.default !== undefined ? `\`${info.default}\`` : 'none'}`);
  out.push(`- read by ZooKeeper ${versionsReading(info)}`);
  out.push(
    info.parsed
      ? '- parsed by QuorumPeerConfig (a bad value stops the server)'
      : `- passed through as the system property \`zookeeper.${key}\`${info.kind === 'getInteger' || info.kind === 'getLong' ? ' (a bad number silently falls back to the default)' : ''}`,
  );
  if (info.literal !== undefined) out.push(`- only the exact value \`${info.literal}\` changes anything`);
  if (!keyExistsIn(info, version)) out.push('', `ZooKeeper ${version} does not read this key.`);
  return out.join('\n');
}

const ROLE = (r: string | undefined) => r ?? 'participant (default)';

/** Markdown for a `server.N` line: its parts, or ZooKeeper's own error. */
export function serverLineDoc(entry: PropertyEntry, version: ZkVersion, multiAddressEnabled: boolean): string {
  const key = entry.key.trim();
  const id = key.slice('server.'.length);
  const p = parseServerValue(id, entry.value, { version, multiAddressEnabled });
  const out = [`**${key}** — ensemble member, server id \`${id}\` (as ZooKeeper ${version} parses it)`, ''];
  if (p.error) {
    out.push(`ZooKeeper refuses this line: "${p.error.says}"`);
    return out.join('\n');
  }
  p.addresses.forEach((a, i) => {
    const label = p.addresses.length > 1 ? `address ${i + 1}` : 'address';
    out.push(`- ${label}: host \`${a.host}\`, quorum port \`${a.quorumPort}\`, election port ${a.electionPort !== undefined ? `\`${a.electionPort}\`` : 'none'}`);
  });
  out.push(`- role: ${ROLE(p.role)}`);
  out.push(p.client ? `- client: \`${p.client.host}:${p.client.port}\`${p.client.hostGiven ? '' : ' (all interfaces)'}` : '- client: none on this line (clientPort applies)');
  return out.join('\n');
}

/** Hover markdown at an offset, or undefined when the cursor is on nothing zklint knows. */
export function hoverAt(text: string, offset: number, version: ZkVersion, multiAddressEnabled: boolean): { markdown: string; start: number; end: number } | undefined {
  const hit = entryAt(text, offset);
  if (!hit) return undefined;
  const { entry } = hit;
  const key = entry.key.trim();
  if (/^server\.[^.]+$/.test(key)) return { markdown: serverLineDoc(entry, version, multiAddressEnabled), start: entry.lineSpan.start, end: entry.lineSpan.end };
  const found = lookupKey(key);
  if (!found) return { markdown: `**${key}** — not a key ZooKeeper reads (it is ignored).`, start: entry.keySpan.start, end: entry.keySpan.end };
  const md = 'kind' in found ? keyDoc(key, found, version) : `**${key}** — ${KEY_PREFIXES.find((p) => p.prefix === found.prefix)?.description ?? 'a family of keys'} (keys starting with \`${found.prefix}\`)`;
  return { markdown: md, start: entry.keySpan.start, end: entry.keySpan.end };
}

export interface KeyCompletion {
  key: string;
  detail: string;
  documentation: string;
  /** Text inserted (with the separator for exact keys). */
  insert: string;
}

/** Catalogue keys the selected version reads, plus the key families (server., group., …). */
export function completionKeys(version: ZkVersion): KeyCompletion[] {
  const out: KeyCompletion[] = [];
  for (const [key, info] of KEYS) {
    if (!keyExistsIn(info, version)) continue;
    out.push({ key, detail: info.default !== undefined ? `default ${info.default}` : info.parsed ? 'ZooKeeper setting' : `zookeeper.${key}`, documentation: keyDoc(key, info, version), insert: `${key}=` });
  }
  for (const p of KEY_PREFIXES) out.push({ key: p.prefix, detail: p.description, documentation: `Keys starting with \`${p.prefix}\`: ${p.description}`, insert: p.prefix });
  return out;
}

/** Whether the cursor is where a key is typed: nothing but key characters before it on a non-continuation line. */
export function keyPrefixAt(text: string, offset: number): { prefix: string; start: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  // A continuation line belongs to the previous line's value.
  if (lineStart > 0) {
    let i = lineStart - 2;
    if (i >= 0 && text[i] === '\r') i--;
    let slashes = 0;
    while (i >= 0 && text[i] === '\\') {
      slashes++;
      i--;
    }
    if (slashes % 2 === 1) return undefined;
  }
  const m = /^[ \t\f]*([^\s=:#!]*)$/.exec(before);
  if (!m || /^[ \t\f]*[#!]/.test(before)) return undefined;
  const prefix = m[1] ?? '';
  return { prefix, start: offset - prefix.length };
}
