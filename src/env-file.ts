/**
 * JVM flags from a `java.env` / `zookeeper-env.sh` style shell file: the final values of
 * SERVER_JVMFLAGS and JVMFLAGS (zkServer.sh starts the server with both), after simple
 * assignments, `export`, quotes and `$VAR` / `${VAR}` expansion. Anything else (commands,
 * conditionals) is ignored: the file is read, never run.
 */
const ASSIGN = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

function expand(text: string, vars: Map<string, string>): string {
  return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, a: string | undefined, b: string | undefined) => vars.get((a ?? b) as string) ?? '');
}

/** A shell word sequence as one string: quotes removed, double-quoted and bare parts expanded. */
function shellValue(raw: string, vars: Map<string, string>): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i] as string;
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      out += raw.slice(i + 1, end < 0 ? raw.length : end);
      i = end < 0 ? raw.length : end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let body = '';
      while (j < raw.length && raw[j] !== '"') {
        if (raw[j] === '\\' && j + 1 < raw.length) {
          body += raw[j + 1];
          j += 2;
        } else body += raw[j++];
      }
      out += expand(body, vars);
      i = j + 1;
    } else if (/\s/.test(c) || c === ';' || c === '#') {
      break; // end of the assignment word
    } else {
      let j = i;
      while (j < raw.length && !/[\s'";#]/.test(raw[j] as string)) j++;
      out += expand(raw.slice(i, j), vars);
      i = j;
    }
  }
  return out;
}

export const ENV_FLAG_VARS = ['SERVER_JVMFLAGS', 'JVMFLAGS'] as const;

/**
 * Variables assigned in the file (in order, later assignments see earlier ones), starting from
 * `initial` (the environment the file is sourced in: `SERVER_JVMFLAGS="$SERVER_JVMFLAGS -D…"`
 * extends what the environment gave).
 */
export function parseEnvAssignments(text: string, initial?: ReadonlyMap<string, string>): Map<string, string> {
  const vars = new Map<string, string>(initial);
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*#/.test(line)) continue;
    const m = ASSIGN.exec(line);
    if (!m) continue;
    vars.set(m[1] as string, shellValue(m[2] as string, vars));
  }
  return vars;
}

/** The `-D…` (and other) JVM flags the file gives the server, one token each. */
export function jvmFlagsFromEnvFile(text: string): string[] {
  return jvmFlagSources(undefined, { name: 'env file', text }).map((f) => f.flag);
}

/** A `-D` flag the server starts with and where it comes from (e.g. "SERVER_JVMFLAGS in java.env"). */
export interface JvmFlagSource {
  flag: string;
  from: string;
}

/**
 * The `-D` flags zkServer.sh starts the server with, in command-line order (zkServer.sh runs
 * `JVMFLAGS="$SERVER_JVMFLAGS $JVMFLAGS"`, so JVMFLAGS comes later and wins): the environment's
 * SERVER_JVMFLAGS and JVMFLAGS, as the env file (java.env, sourced by zkEnv.sh) leaves them.
 */
export function jvmFlagSources(
  environment: Readonly<Record<string, string | undefined>> | undefined,
  envFile: { name: string; text: string } | undefined,
): JvmFlagSource[] {
  const initial = new Map<string, string>();
  for (const v of ENV_FLAG_VARS) {
    const value = environment?.[v];
    if (typeof value === 'string') initial.set(v, value);
  }
  const assigned = envFile ? parseEnvAssignments(envFile.text, initial) : initial;
  const out: JvmFlagSource[] = [];
  for (const v of ENV_FLAG_VARS) {
    const value = assigned.get(v);
    if (value === undefined) continue;
    const fromFile = envFile !== undefined && value !== initial.get(v);
    const from = fromFile ? `${v} in ${envFile.name}` : `${v} in the environment`;
    for (const t of value.split(/\s+/)) if (t.startsWith('-D')) out.push({ flag: t, from });
  }
  return out;
}
