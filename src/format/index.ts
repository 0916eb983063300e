/** Formatter registry. Formatters load lazily so the CLI pays only for the one it uses. */
import type { Formatter } from './types.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'gitlab'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'checkstyle':
      return (await import('./checkstyle.js')).checkstyle;
    case 'gitlab':
      return (await import('./gitlab.js')).gitlab;
  }
}

export type { Formatter, FormatContext } from './types.js';
