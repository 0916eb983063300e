/** Whether a catalogue key is read by a given ZooKeeper release. */
import type { KeyInfo } from './catalogue.js';
import { compareVersions, type ZkVersion } from './version.js';

/** `since` like "3.5.1" counts for the 3.5 line only from that patch: we treat a line as having it. */
export function keyExistsIn(info: KeyInfo, version: ZkVersion): boolean {
  if (!info.since) return true;
  const [maj, min] = info.since.split('.');
  return compareVersions(version, `${maj}.${min}`) >= 0;
}
