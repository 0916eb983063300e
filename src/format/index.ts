/** Formatter registry. Formatters load lazily so the CLI pays only for the one it uses. */
import type { Formatter } from './types.js';

export const FORMAT_NAMES = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
  }
}

export type { Formatter, FormatContext } from './types.js';
