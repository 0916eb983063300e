/**
 * `node:path` for the browser build of the playground: the POSIX functions the library uses,
 * written to give Node's answers for POSIX paths (test/playground-shims.test.ts compares them).
 */
export const sep = '/';
export const delimiter = ':';

function normalizeParts(p: string, absolute: boolean): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function normalize(p: string): string {
  if (p === '') return '.';
  const abs = isAbsolute(p);
  const trailing = p.endsWith('/');
  let body = normalizeParts(p, abs);
  if (body === '' && !abs) body = '.';
  if (body !== '' && trailing) body += '/';
  return abs ? `/${body}` : body;
}

export function join(...parts: string[]): string {
  const joined = parts.filter((x) => x !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

/** The browser has no working directory: relative paths resolve against `/`. */
function cwd(): string {
  return '/';
}

export function resolve(...parts: string[]): string {
  let resolved = '';
  let abs = false;
  for (let i = parts.length - 1; i >= -1 && !abs; i--) {
    const p = i >= 0 ? (parts[i] as string) : cwd();
    if (p === '') continue;
    resolved = resolved === '' ? p : `${p}/${resolved}`;
    abs = isAbsolute(p);
  }
  const body = normalizeParts(resolved, true);
  return `/${body}`;
}

export function dirname(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  // From the end: skip trailing slashes, then the last name; the slash before that name ends the
  // directory part (slashes in front of it are kept, as Node keeps them).
  let end = -1;
  let inName = false;
  for (let i = p.length - 1; i >= 1; i--) {
    if (p[i] === '/') {
      if (inName) {
        end = i;
        break;
      }
    } else inName = true;
  }
  if (end === -1) return rooted ? '/' : '.';
  if (rooted && end === 1) return '//';
  return p.slice(0, end);
}

export function basename(p: string, ext?: string): string {
  // Node's quirk, kept so the shim answers as Node does: with a suffix no longer than the path,
  // a path of slashes only comes back whole.
  if (ext !== undefined && ext.length > 0 && ext.length <= p.length && /^\/+$/.test(p)) return p;
  let end = p.length;
  while (end > 0 && p[end - 1] === '/') end--;
  if (end === 0) return '';
  const base = p.slice(p.lastIndexOf('/', end - 1) + 1, end);
  return ext !== undefined && ext !== base && base.endsWith(ext) ? base.slice(0, base.length - ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

const posixPath = { sep, delimiter, isAbsolute, normalize, join, resolve, dirname, basename, extname, relative };
export const posix = posixPath;
export default posixPath;
