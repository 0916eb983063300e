/** Which hosts count as loopback when rules compare bind addresses. */
import { describe, expect, it } from 'vitest';
import { canonicalIp, isLoopback, isWildcard, sameIp, sameMachineBind } from '../src/model/addresses.js';

describe('isLoopback', () => {
  it.each(['[::1]', '0::1', '::FFFF:127.0.0.9', '::ffff:7f00:1', 'localhost', 'LocalHost', '::1', '0:0:0:0:0:0:0:1', '127.0.0.1', '127.1.2.3', 'a.localhost', 'ZK1.LOCALHOST', '.localhost'])(
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

describe('isWildcard (one definition for every rule)', () => {
  it.each(['0.0.0.0', '::', '[::]', '0:0:0:0:0:0:0:0', '0::0', '::ffff:0.0.0.0'])('%s is the wildcard', (h) => expect(isWildcard(h)).toBe(true));
  it.each(['', '0.0.0.1', '::1', 'zk1', '0', '[::1]'])('%s is not the wildcard', (h) => expect(isWildcard(h)).toBe(false));
});

describe('canonicalIp and sameIp', () => {
  it('spell one address one way, and leave names to resolution', () => {
    expect(canonicalIp('[2001:DB8:0:0:0:0:0:1]')).toBe('2001:db8::1');
    expect(canonicalIp('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(sameIp('10.0.0.1', '::ffff:a00:1')).toBe(true);
    expect(sameIp('10.0.0.1', '10.0.0.2')).toBe(false);
    expect(sameIp('zk1', '10.0.0.2')).toBeUndefined();
  });
});
