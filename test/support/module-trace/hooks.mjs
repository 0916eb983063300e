// Module-loader hook for tests: appends every file: URL Node loads to $ZKLINT_MODULE_TRACE.
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (url.startsWith('file:') && process.env.ZKLINT_MODULE_TRACE) appendFileSync(process.env.ZKLINT_MODULE_TRACE, `${url}\n`);
  return next(url, context);
}
