/**
 * The model does no I/O: the loader (`loadHostFacts`) reads the dynamic file, `.dynamic.next`, the
 * data directories, myid and the epoch files once; `buildModel` gets those facts and, given a file
 * system that throws on every call, still builds the same model.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryFileSystem, type FileSystem } from '../src/fs.js';
import { sourceFromText } from '../src/load/source.js';
import { loadHostFacts } from '../src/load/host-facts.js';
import { buildConfigFile } from '../src/model/config-file.js';
import { buildModel, type ModelOptions } from '../src/model/zk-model.js';

const throwing: FileSystem = new Proxy({} as FileSystem, {
  get: (_t, name) => () => {
    throw new Error(`the model called fs.${String(name)}`);
  },
});

describe('buildModel is pure', () => {
  const tree = {
    '/srv/zk/zoo.cfg': 'tickTime=2000\ndataDir=/srv/zk/data\ndynamicConfigFile=/srv/zk/zoo.cfg.dynamic\n',
    '/srv/zk/zoo.cfg.dynamic': 'server.1=127.0.0.1:2888:3888;2181\nserver.2=127.0.0.2:2888:3888;2181\nserver.3=127.0.0.3:2888:3888;2181\n',
    '/srv/zk/zoo.cfg.dynamic.next': 'server.1=127.0.0.1:2888:3888;2181\n',
    '/srv/zk/data/myid': '2\n',
    '/srv/zk/data/version-2/currentEpoch': '5\n',
    '/srv/zk/data/version-2/acceptedEpoch': 'x\n',
  };
  const opts: ModelOptions = { fs: createMemoryFileSystem(tree), root: undefined, onHost: true, cwd: '/srv/zk', version: '3.8', jvmProps: new Map() };
  const file = buildConfigFile(sourceFromText('/srv/zk/zoo.cfg', tree['/srv/zk/zoo.cfg']));

  it('builds from the loader facts with a file system that throws on any call', () => {
    const facts = loadHostFacts(file, opts);
    const withFs = buildModel(file, opts, facts);
    const pure = buildModel(file, { ...opts, fs: throwing }, facts);
    expect(pure.myid).toEqual(withFs.myid);
    expect(pure.myid.id).toBe('2');
    expect(pure.dynamic?.state).toBe('loaded');
    expect([...pure.membership.members.keys()]).toEqual(['1', '2', '3']);
    expect(pure.dynamicNext?.members.size).toBe(1);
    expect(pure.dataDir?.state).toBe('present');
    expect(pure.epochs.map((e) => [e.name, e.value])).toEqual([
      ['currentEpoch', 5n],
      ['acceptedEpoch', undefined],
    ]);
  });

  it('the loader gives reason codes, never prose, where it could not look', () => {
    const away = { ...opts, onHost: false, fs: throwing };
    const facts = loadHostFacts(file, away);
    expect(facts.dataDir).toMatchObject({ state: 'unknown', notChecked: 'off-host' });
    expect(facts.dynamic).toMatchObject({ notChecked: 'off-host' });
    expect(facts.myid).toMatchObject({ state: 'no-data-dir', notChecked: 'off-host' });
    expect(buildModel(file, away, facts).myid.state).toBe('not-checked');
  });
});
