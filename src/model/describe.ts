/** Small phrases rules share when they explain membership and quorum facts to a person. */
import type { ServerDecl } from './membership.js';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "server.1–server.5" for a contiguous run, else "server.1, server.3, server.7". */
export function serverList(decls: readonly ServerDecl[]): string {
  const ids = decls.map((d) => d.id as string);
  const nums = ids.map(Number);
  const contiguous = nums.length > 2 && nums.every((n, i) => i === 0 || n === (nums[i - 1] as number) + 1);
  if (contiguous) return `server.${ids[0]}–server.${ids[ids.length - 1]}`;
  return ids.map((i) => `server.${i}`).join(', ');
}

export function idList(decls: readonly ServerDecl[]): string {
  const ids = decls.map((d) => d.id as string);
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1]}`;
}

/** Explains a membership parse error caused by trailing whitespace, which ZooKeeper does not trim there. */
export function trailingWhitespaceNote(value: string, says: string): string {
  if (!/\s$/.test(value) || !(says.startsWith('Address unresolved') || says.startsWith('For input string'))) return '';
  const tail = JSON.stringify(value.slice(value.trimEnd().length));
  return ` The value ends in whitespace (${tail}), which ZooKeeper does not trim on server, group and weight lines.`;
}
