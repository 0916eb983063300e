/** Whether a catalogue key is read by a given ZooKeeper release. */
import type { KeyInfo } from './catalogue.js';
import { atLeast, type ZkVersion } from './version.js';

/** `since` like "3.5.1" counts for the 3.5 line only from that patch: we treat a line as having it. */
export function keyExistsIn(info: KeyInfo, version: ZkVersion): boolean {
  if (!info.since) return true;
  return atLeast(version, sinceLine(info.since));
}

/** "3.5.1" → "3.5" (memoised: the catalogue has few distinct values). */
const lines = new Map<string, string>();
function sinceLine(since: string): string {
  let line = lines.get(since);
  if (line === undefined) {
    const [maj, min] = since.split('.');
    lines.set(since, (line = `${maj}.${min}`));
  }
  return line;
}
