/**
 * Glob matching without backtracking, for `ignore`, `ensembles` and `--ensemble`: the pattern
 * becomes a list of steps, and the path is read once while the set of reachable steps is kept
 * (a Thompson simulation): O(path length × pattern length) on any input, where a regular
 * expression built from `*a*a*a*a*b` backtracks for minutes beside a 40-character name.
 */

/**
 * `lit` one character; `one` any but `/`; `star` [^/]*; `any` .*; `dirs` + `dirsIn` together are
 * (?:.*\/)? (zero or more folders): `dirs` is the entry (skipped, or left by a first character),
 * `dirsIn` the inside, left only by a `/`.
 */
type Step = { k: 'lit'; c: number } | { k: 'one' } | { k: 'star' } | { k: 'any' } | { k: 'dirs' } | { k: 'dirsIn' };

export interface Glob {
  steps: readonly Step[];
  /** `ignore` style: a pattern matching a folder also matches everything inside it. */
  folders: boolean;
}

/**
 * `ignore` globs: `**` any folders, `*` within a segment, `?` one character, and a match on a
 * folder covers what is inside. `ensemble` globs: `**` (and `**\/`) any characters.
 */
export function compileGlob(glob: string, flavour: 'ignore' | 'ensemble'): Glob {
  const steps: Step[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charCodeAt(i);
    if (c === 42 /* * */ && glob.charCodeAt(i + 1) === 42) {
      i++;
      if (glob.charCodeAt(i + 1) === 47 /* / */) {
        i++;
        if (flavour === 'ignore') steps.push({ k: 'dirs' }, { k: 'dirsIn' });
        else steps.push({ k: 'any' });
      } else steps.push({ k: 'any' });
    } else if (c === 42) steps.push({ k: 'star' });
    else if (c === 63 /* ? */) steps.push({ k: 'one' });
    else steps.push({ k: 'lit', c });
  }
  return { steps, folders: flavour === 'ignore' };
}

/** Adds the steps reachable without reading a character (skipping empty stars). */
function close(steps: readonly Step[], on: Uint8Array): void {
  for (let s = 0; s < steps.length; s++) {
    if (!on[s]) continue;
    const k = steps[s]!.k;
    if (k === 'star' || k === 'any') on[s + 1] = 1;
    else if (k === 'dirs') on[s + 2] = 1;
  }
}

export function globMatches(g: Glob, path: string): boolean {
  const { steps } = g;
  const n = steps.length;
  let cur = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  cur[0] = 1;
  close(steps, cur);
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    if (g.folders && ch === 47 && cur[n]) return true; // the pattern matched a folder of the path
    next.fill(0);
    let any = false;
    for (let s = 0; s < n; s++) {
      if (!cur[s]) continue;
      const st = steps[s]!;
      switch (st.k) {
        case 'lit':
          if (ch === st.c) next[s + 1] = 1;
          break;
        case 'one':
          if (ch !== 47) next[s + 1] = 1;
          break;
        case 'star':
          if (ch !== 47) next[s] = 1;
          break;
        case 'any':
          next[s] = 1;
          break;
        case 'dirs':
          next[s + 1] = 1;
          if (ch === 47) next[s + 2] = 1;
          break;
        case 'dirsIn':
          next[s] = 1;
          if (ch === 47) next[s + 1] = 1;
          break;
      }
    }
    close(steps, next);
    for (let s = 0; s <= n; s++) if (next[s]) any = true;
    if (!any) return false;
    const t = cur;
    cur = next;
    next = t;
  }
  return cur[n] === 1;
}

const compiled = new Map<string, Glob>();

export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  return globs.some((raw) => {
    const key = raw.replace(/^\.\//, '');
    let g = compiled.get(key);
    if (!g) {
      g = compileGlob(key, 'ignore');
      if (compiled.size < 1024) compiled.set(key, g);
    }
    return globMatches(g, relPath);
  });
}
