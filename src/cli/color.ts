/**
 * Whether the command colours its human report. In order: --color / --no-color; FORCE_COLOR
 * (`0` or `false` turns colour off, any other value on; as in Node itself, it wins over NO_COLOR);
 * NO_COLOR set to anything but the empty string (no-color.org); else colour only on a terminal.
 */
/** `isTTY` may be a function: asked only when the flag and the environment leave it open. */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | (() => boolean)): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return typeof isTTY === 'function' ? isTTY() : isTTY;
}
