/**
 * The one glob dialect of zklint (`ignore`, `ensembles`, `--ensemble`): picomatch's syntax, matched
 * without backtracking. picomatch itself turns a glob into a regular expression that backtracks
 * (`*a*a*a*a*a*a*a*a*a*a*b` beside a 40-character name takes seconds), so here the pattern becomes
 * lists of steps and the path is read once while the set of reachable steps is kept (a Thompson
 * simulation): O(path length × pattern length) on any input. `test/robustness/glob-linear.test.ts`
 * holds it equal to picomatch (`{ dot: true }`) on generated patterns and paths.
 *
 * Syntax: `*` (within a segment; a segment of stars alone needs one character), `?`, `[ab]`, `[a-z]`,
 * `[^a]` / `[!a]` (never `/`), `{a,b}` (nested too), `**` as a whole segment (any folders: `a/**`
 * also matches `a`, `**\/x` also `x`; elsewhere it is `*`), `\` escapes, a leading `!` negates.
 * Not supported: extglobs (`@(a|b)`), POSIX classes, `{1..3}` ranges (read literally); braces are
 * expanded before the stars are read, so `**{a,b}` and `*{,a}*` follow the expansion, not picomatch.
 */

/**
 * `lit` one character; `one` any but `/`; `set` one character of a class (never `/`); `star` [^/]*;
 * `any` .*; `dirs` + `dirsIn` together are (?:.*\/)? (zero or more folders): `dirs` is the entry
 * (skipped, or left by a first character), `dirsIn` the inside, left only by a `/`; `tail` + `any`
 * together are (?:\/.*)?: `tail` is skipped to the end or left by a `/`.
 */
type Step =
  | { k: 'lit'; c: number }
  | { k: 'one' }
  | { k: 'set'; ranges: readonly number[]; neg: boolean }
  | { k: 'star' }
  | { k: 'any' }
  | { k: 'dirs' }
  | { k: 'dirsIn' }
  | { k: 'tail' };

export interface Glob {
  /** The alternatives the braces expand to, each a list of steps. */
  alts: readonly (readonly Step[])[];
  /** A leading `!`: the glob matches what the rest does not. */
  negated: boolean;
  /** `ignore` style: a pattern matching a folder also matches everything inside it. */
  folders: boolean;
}

/** Brace expansion stops here: a pattern of more alternatives matches through the first ones only. */
const MAX_ALTERNATIVES = 1024;

/** `{a,b}` expanded (nested braces too); a brace group with no top-level comma is literal text. */
export function expandBraces(glob: string): string[] {
  let open = -1;
  let depth = 0;
  const commas: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) {
        open = i;
        commas.length = 0;
      }
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (commas.length === 0) {
          open = -1;
          continue; // `{a}`: literal
        }
        const head = glob.slice(0, open);
        const rest = expandBraces(glob.slice(i + 1));
        const out: string[] = [];
        let from = open + 1;
        for (const at of [...commas, i]) {
          for (const inner of expandBraces(glob.slice(from, at))) {
            for (const tail of rest) {
              if (out.length >= MAX_ALTERNATIVES) return out;
              out.push(head + inner + tail);
            }
          }
          from = at + 1;
        }
        return out;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [glob];
}

/** A `[...]` class at `i` (the `[`): its end and ranges, or undefined when it is not closed. */
function parseClass(glob: string, i: number): { end: number; step: Step } | undefined {
  let j = i + 1;
  let neg = false;
  if (glob[j] === '!' || glob[j] === '^') {
    neg = true;
    j++;
  }
  const ranges: number[] = [];
  let first = true;
  for (; j < glob.length; j++) {
    let c = glob.charCodeAt(j);
    if (c === 93 /* ] */ && !first) return { end: j, step: { k: 'set', ranges, neg } };
    first = false;
    if (c === 92 /* \ */ && j + 1 < glob.length) c = glob.charCodeAt(++j);
    if (glob[j + 1] === '-' && j + 2 < glob.length && glob[j + 2] !== ']') {
      let hi = glob.charCodeAt(j + 2);
      j += 2;
      if (hi === 92 && j + 1 < glob.length) hi = glob.charCodeAt(++j);
      ranges.push(c, hi);
    } else ranges.push(c, c);
  }
  return undefined;
}

/** Splits on `/` outside classes and escapes. */
function segments(glob: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const cls = parseClass(glob, i);
      if (cls) i = cls.end;
    } else if (c === '/') {
      out.push(glob.slice(from, i));
      from = i + 1;
    }
  }
  out.push(glob.slice(from));
  return out;
}

function segmentSteps(seg: string, steps: Step[]): void {
  if (/^\*+$/.test(seg)) {
    steps.push({ k: 'one' }, { k: 'star' }); // `*` alone is one character or more
    return;
  }
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (c === 42 /* * */) {
      while (seg.charCodeAt(i + 1) === 42) i++;
      steps.push({ k: 'star' });
    } else if (c === 63 /* ? */) steps.push({ k: 'one' });
    else if (c === 91 /* [ */) {
      const cls = parseClass(seg, i);
      if (cls) {
        steps.push(cls.step);
        i = cls.end;
      } else steps.push({ k: 'lit', c });
    } else if (c === 92 /* \ */ && i + 1 < seg.length) steps.push({ k: 'lit', c: seg.charCodeAt(++i) });
    else steps.push({ k: 'lit', c });
  }
}

function compileAlternative(glob: string): Step[] {
  // `**/**` is `**`.
  const segs = segments(glob).filter((s, i, all) => !(s === '**' && all[i - 1] === '**'));
  const steps: Step[] = [];
  const last = segs.length - 1;
  for (let i = 0; i <= last; i++) {
    const seg = segs[i] as string;
    if (seg === '**') {
      if (last === 0) steps.push({ k: 'any' });
      // `a/**`: `a`, `a/`, `a/…`; picomatch makes the `/` required after a segment ending in a star (`*/**`).
      else if (i === last) steps.push(segs[i - 1]!.endsWith('*') ? { k: 'lit', c: 47 } : { k: 'tail' }, { k: 'any' });
      else steps.push({ k: 'dirs' }, { k: 'dirsIn' }); // `**/` and `/**/`: zero or more folders
      continue;
    }
    segmentSteps(seg, steps);
    // The separator after this segment, unless the next one is `**` (which brings its own).
    const next = segs[i + 1];
    if (i < last && !(next === '**' && i + 1 === last)) steps.push({ k: 'lit', c: 47 });
  }
  return steps;
}

/**
 * Compiles one glob. `ignore` globs also match everything inside a folder they match;
 * `ensemble` globs match whole paths only.
 */
export function compileGlob(glob: string, flavour: 'ignore' | 'ensemble'): Glob {
  let body = glob;
  let negated = false;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  // picomatch reads `*.*` and `**/*.*` (after at most one leading ./) through shortcuts of its own,
  // where the star after the dot needs a character: there `*.*` does not match `a.`, although its
  // general reading (and `x/*.*` beside `x/a.`) does. The same here.
  const shortcut = body.startsWith('./') ? body.slice(2) : body;
  if (shortcut === '*.*' || shortcut === '**/*.*') body = `${shortcut.slice(0, -1)}?*`;
  while (body.startsWith('./')) body = body.slice(2); // picomatch drops every leading ./
  return { alts: expandBraces(body).map(compileAlternative), negated, folders: flavour === 'ignore' };
}

/** Adds the steps reachable without reading a character (skipping empty stars). */
function close(steps: readonly Step[], on: Uint8Array): void {
  for (let s = 0; s < steps.length; s++) {
    if (!on[s]) continue;
    const k = steps[s]!.k;
    if (k === 'star' || k === 'any') on[s + 1] = 1;
    else if (k === 'dirs' || k === 'tail') on[s + 2] = 1;
  }
}

function inSet(st: { ranges: readonly number[]; neg: boolean }, ch: number): boolean {
  if (ch === 47) return false;
  let hit = false;
  for (let r = 0; r < st.ranges.length; r += 2) {
    if (ch >= (st.ranges[r] as number) && ch <= (st.ranges[r + 1] as number)) {
      hit = true;
      break;
    }
  }
  return hit !== st.neg;
}

function matchSteps(steps: readonly Step[], folders: boolean, path: string): boolean {
  const n = steps.length;
  let cur = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  cur[0] = 1;
  close(steps, cur);
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    if (folders && ch === 47 && cur[n]) return true; // the pattern matched a folder of the path
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
        case 'set':
          if (inSet(st, ch)) next[s + 1] = 1;
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
        case 'tail':
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

/** Whether the glob matches the path (a negated glob: whether the rest does not). */
export function globMatches(g: Glob, path: string): boolean {
  let hit = false;
  for (const steps of g.alts) {
    if (matchSteps(steps, g.folders, path)) {
      hit = true;
      break;
    }
  }
  return hit !== g.negated;
}

const compiled = new Map<string, Glob>();

/**
 * `ignore` lists: the last glob that speaks decides, as in .gitignore; a `!glob` takes back what an
 * earlier glob matched (a list of only `!` globs matches nothing).
 */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  let matched = false;
  for (const raw of globs) {
    let g = compiled.get(raw);
    if (!g) {
      g = compileGlob(raw, 'ignore');
      if (compiled.size < 1024) compiled.set(raw, g);
    }
    if (g.negated) {
      if (matched && !globMatches(g, relPath)) matched = false;
    } else if (!matched && globMatches(g, relPath)) matched = true;
  }
  return matched;
}
