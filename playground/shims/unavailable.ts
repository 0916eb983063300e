/**
 * Node modules the library imports only for reading the real disk or writing files (nodeFileSystem,
 * baselines, reports). The playground never calls those paths (it passes an in-memory file system);
 * should one be reached, it fails with a plain message rather than a missing-module crash at load.
 */
function unavailable(name: string): never {
  throw new Error(`${name} is not available in the browser playground`);
}
const handler: ProxyHandler<object> = {
  get: (_t, key) => (key === '__esModule' ? false : key === 'constants' ? {} : () => unavailable(`node:* ${String(key)}`)),
};
const stub: Record<string, unknown> = new Proxy({}, handler) as Record<string, unknown>;
export default stub;
export const constants = {};
export const readFileSync = () => unavailable('readFileSync');
export const statSync = () => unavailable('statSync');
export const openSync = () => unavailable('openSync');
export const fstatSync = () => unavailable('fstatSync');
export const readSync = () => unavailable('readSync');
export const closeSync = () => unavailable('closeSync');
export const readdirSync = () => unavailable('readdirSync');
export const existsSync = () => false;
export const realpathSync = () => unavailable('realpathSync');
export const writeFileSync = () => unavailable('writeFileSync');
export const renameSync = () => unavailable('renameSync');
export const fsyncSync = () => unavailable('fsyncSync');
export const unlinkSync = () => unavailable('unlinkSync');
export const lstatSync = () => unavailable('lstatSync');
export const chmodSync = () => unavailable('chmodSync');
export const chownSync = () => unavailable('chownSync');
export const mkdirSync = () => unavailable('mkdirSync');
export const randomBytes = () => unavailable('randomBytes');
export const createHash = () => unavailable('createHash');
export const createRequire = () => () => unavailable('require');
export const pathToFileURL = () => unavailable('pathToFileURL');
export const fileURLToPath = () => unavailable('fileURLToPath');
