import type { ParsedServerValue } from '../../src/model/server-line.js';

/**
 * What a server-line parse says, read through its interface (a compact parse is a class with
 * getters, the general one a plain object): the form the equivalence tests compare.
 */
export function said(p: ParsedServerValue) {
  return {
    addresses: p.addresses.map(({ host, quorumPort, electionPort }) => ({ host, quorumPort, electionPort })),
    role: p.role,
    client: p.client,
    error: p.error,
  };
}
