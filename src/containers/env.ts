/** Environment variables as a container sees them, each with the YAML place it came from. */
import type { Location } from '../diagnostic.js';

export interface EnvVar {
  name: string;
  /** The value; undefined when zklint cannot know it (a Secret, `${VAR}` with no value). */
  value: string | undefined;
  /** Why the value is unknown. */
  unknown?: string;
  /** Where it is set (the value, or the key when the value is elsewhere). */
  at: Location;
  /** Where the value's characters start verbatim on one line (for exact columns). */
  start?: Location;
}

/** Later assignments win, as in a compose `environment` or a container's `env` list. */
export type Env = Map<string, EnvVar>;

/** Word splitting of an unquoted `$VAR` in bash with the default IFS: words and their offsets. */
export function ifsWords(value: string): Array<{ word: string; offset: number }> {
  const out: Array<{ word: string; offset: number }> = [];
  const re = /[^ \t\n]+/g;
  for (let m = re.exec(value); m; m = re.exec(value)) out.push({ word: m[0], offset: m.index });
  return out;
}

/** Bash's `is_boolean_yes` as the Bitnami scripts define it: 1, yes, true (any case). */
export function isBooleanYes(v: string | undefined): boolean {
  return v !== undefined && /^(1|yes|true)$/i.test(v);
}

/**
 * Compose interpolation of `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`
 * and `$$`. `lookup` gives a variable's value (from `.env`), undefined when unset. Returns the text,
 * or the names that have no value.
 */
export function interpolate(text: string, lookup: (name: string) => string | undefined): { value: string } | { missing: string[] } {
  const missing: string[] = [];
  const out = text.replace(/\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (all, _x, braced, op, arg, bare) => {
    if (all === '$$') return '$';
    const name = (braced ?? bare) as string;
    const v = lookup(name);
    const empty = v === undefined || (op?.startsWith(':') && v === '');
    switch (op) {
      case ':-':
      case '-':
        return empty ? (arg as string) : (v as string);
      case ':+':
      case '+':
        return empty ? '' : (arg as string);
      default:
        if (v === undefined) missing.push(name);
        return v ?? '';
    }
  });
  return missing.length ? { missing } : { value: out };
}

/** Kubernetes `$(VAR)` expansion against earlier variables of the same container; `$$(` escapes. */
export function expandK8s(text: string, env: Env): { value: string; unknownFrom?: string } {
  let unknownFrom: string | undefined;
  const value = text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (all, name: string | undefined) => {
    if (all === '$$') return '$';
    const v = env.get(name as string);
    if (!v) return all;
    if (v.value === undefined) unknownFrom ??= v.name;
    return v.value ?? all;
  });
  return unknownFrom ? { value, unknownFrom } : { value };
}

/** A `.env` / `env_file` body: KEY=VALUE lines, `#` comments, optional quotes, `export ` prefix. */
export function parseDotEnv(text: string): Array<{ name: string; value: string; line: number; column: number }> {
  const out: Array<{ name: string; value: string; line: number; column: number }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
    if (!m) return;
    let v = (m[2] as string).trimEnd();
    const q = v[0];
    if ((q === '"' || q === "'") && v.length >= 2 && v.endsWith(q)) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, '');
    out.push({ name: m[1] as string, value: v, line: i + 1, column: raw.indexOf(m[2] as string) + 1 });
  });
  return out;
}
