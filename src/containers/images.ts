/** Which ZooKeeper image a container runs, and which ZooKeeper release line that tag ships. */
import type { ZkVersion } from '../model/version.js';
import { renderBitnami } from './render/bitnami.js';
import { renderConfluent } from './render/confluent.js';
import { renderOfficial } from './render/official.js';
import type { ImageKind, Rendered, RenderInput } from './render/types.js';

export interface ImageInfo {
  kind: ImageKind | 'other';
  /** Repository path without registry and tag (`bitnami/zookeeper`). */
  repo: string;
  tag: string;
  /** The ZooKeeper line the tag ships; `guessed` when the tag does not say (latest, a digest). */
  zk: ZkVersion;
  zkGuessed: boolean;
}

/** The newest line each image family ships under `latest` (when this zklint was written). */
const LATEST: Record<ImageKind, ZkVersion> = { official: '3.9', bitnami: '3.9', confluent: '3.8' };

/** Does this image reference name a ZooKeeper server image (any registry or mirror)? */
export function parseImage(ref: string): ImageInfo | undefined {
  const noDigest = ref.trim().split('@')[0] as string;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const tag = colon > slash ? noDigest.slice(colon + 1) : 'latest';
  let path = colon > slash ? noDigest.slice(0, colon) : noDigest;
  const parts = path.split('/');
  // A first part with a dot, a colon or "localhost" is a registry host.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] as string)) parts.shift();
  path = parts.join('/');
  const last = parts[parts.length - 1] ?? '';
  let kind: ImageKind | 'other';
  if (last === 'cp-zookeeper' || last === 'cp-zookeeper-enterprise') kind = 'confluent';
  else if (/(^|\/)bitnami\/zookeeper$/.test(path) || (last === 'zookeeper' && parts.includes('bitnami'))) kind = 'bitnami';
  else if (last === 'zookeeper') kind = parts.length === 1 || parts[0] === 'library' || parts.length >= 2 ? 'official' : 'other';
  else if (/zookeeper/i.test(last)) kind = 'other';
  else return undefined;
  const fam: ImageKind = kind === 'other' ? 'official' : kind;
  const { zk, guessed } = zkOfTag(fam, tag);
  return { kind, repo: path, tag, zk, zkGuessed: guessed };
}

function zkOfTag(kind: ImageKind, tag: string): { zk: ZkVersion; guessed: boolean } {
  const m = /^v?(\d+)\.(\d+)/.exec(tag);
  if (!m) return { zk: LATEST[kind], guessed: true };
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (kind === 'confluent') {
    // Confluent Platform version → the ZooKeeper it ships (from its release notes).
    if (major >= 8 || (major === 7 && minor >= 5)) return { zk: '3.8', guessed: false };
    if (major === 7) return { zk: '3.6', guessed: false };
    if (major === 6 || (major === 5 && minor >= 4)) return { zk: '3.5', guessed: false };
    return { zk: '3.4', guessed: false };
  }
  if (major === 3 && minor >= 4 && minor <= 9) return { zk: `3.${minor}` as ZkVersion, guessed: false };
  if (major === 3 && minor > 9) return { zk: '3.9', guessed: true };
  return { zk: LATEST[kind], guessed: true };
}

export function render(kind: ImageKind, input: RenderInput): Rendered {
  return kind === 'bitnami' ? renderBitnami(input) : kind === 'confluent' ? renderConfluent(input) : renderOfficial(input);
}
