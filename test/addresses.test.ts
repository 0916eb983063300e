/** Which hosts count as loopback when rules compare bind addresses. */
import { describe, expect, it } from 'vitest';
import { isLoopback, isWildcard, sameMachineBind } from '../src/model/addresses.js';

describe('isLoopback', () => {
  it.each(['localhost', 'LocalHost', '::1', '0:0:0:0:0:0:0:1', '127.0.0.1', '127.1.2.3', 'a.localhost', 'ZK1.LOCALHOST', '.localhost'])(
    '%s is loopback',
    (h) => expect(isLoopback(h)).toBe(true),
  );
  it.each(['10.0.0.1', 'zk1', '', '127.0.0', '127.0.0.1.5', 'x127.0.0.1', 'localhostx', 'localhost.', '::2', '0.0.0.0'])(
    '%s is not loopback',
    (h) => expect(isLoopback(h)).toBe(false),
  );
});

describe('sameMachineBind', () => {
  it('treats wildcards, equal hosts (any case) and two loopbacks as the same machine', () => {
    expect(isWildcard('0.0.0.0')).toBe(true);
    expect(sameMachineBind('0.0.0.0', 'zk1')).toBe(true);
    expect(sameMachineBind('ZK1', 'zk1')).toBe(true);
    expect(sameMachineBind('127.0.0.1', 'localhost')).toBe(true);
    expect(sameMachineBind('127.0.0.1', 'zk1')).toBe(false);
  });
});
