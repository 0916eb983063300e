import { describe, expect, it } from 'vitest';
import { createMemoryFileSystem } from '../../src/fs.js';
import { loadCompose } from '../../src/containers/compose.js';
import { render } from '../../src/containers/images.js';
import { renderedText } from '../../src/containers/render/types.js';
import { parseYaml } from '../../src/containers/yaml.js';

const compose = (body: string) => loadCompose(parseYaml('docker-compose.yml', body), createMemoryFileSystem({}), '/');

describe('official image rendering', () => {
  it('three services without ZOO_MY_ID all get myid 1, servers traced to their YAML line', () => {
    const f = compose(
      [
        'x-zk: &zk',
        '  image: zookeeper:3.9.4',
        '  environment: &env',
        '    ZOO_SERVERS: server.1=zk1:2888:3888;2181 server.2=zk2:2888:3888;2181 server.3=zk3:2888:3888;2181',
        'services:',
        '  zk1: *zk',
        '  zk2: *zk',
        '  zk3:',
        '    <<: *zk',
        '',
      ].join('\n'),
    );
    expect(f.containers.map((c) => c.name)).toEqual(['zk1', 'zk2', 'zk3']);
    const r = f.containers.map((c) => render('official', { env: c.env, zk: c.image.info.zk }));
    expect(r.map((x) => x.myid?.text)).toEqual(['1', '1', '1']);
    const text = renderedText(r[0]!);
    expect(text).toContain('server.2=zk2:2888:3888;2181\n');
    expect(text).not.toContain('clientPort=');
    const line = r[0]!.lines.find((l) => l.text.startsWith('server.2='))!;
    expect(line.from?.at.line).toBe(4);
    expect(line.valueOffset).toBe('server.1=zk1:2888:3888;2181 '.length);
  });

  it('3.4 images write clientPort=2181; ZOO_CFG_EXTRA is word-split', () => {
    const f = compose('services:\n  zk:\n    image: zookeeper:3.4.14\n    environment:\n      - ZOO_CFG_EXTRA=4lw.commands.whitelist=srvr, mntr\n');
    const r = render('official', { env: f.containers[0]!.env, zk: f.containers[0]!.image.info.zk });
    expect(r.lines[0]?.text).toBe('clientPort=2181');
    expect(r.lines.slice(-2).map((l) => l.text)).toEqual(['4lw.commands.whitelist=srvr,', 'mntr']);
  });

  it('an unset ${VAR} is unknown, never guessed', () => {
    const f = compose('services:\n  zk:\n    image: zookeeper\n    environment:\n      ZOO_MY_ID: ${ID}\n');
    const r = render('official', { env: f.containers[0]!.env, zk: '3.9' });
    expect(r.myid).toBeUndefined();
    expect(r.myidUnknown?.name).toBe('ZOO_MY_ID');
  });
});

describe('Bitnami and Confluent rendering', () => {
  it('Bitnami numbers ZOO_SERVERS by position and refuses without ALLOW_EMPTY_PASSWORD', () => {
    const f = compose('services:\n  zk:\n    image: bitnami/zookeeper:3.9\n    environment:\n      ZOO_SERVER_ID: 2\n      ZOO_SERVERS: a:2888:3888,b:2888:3888\n');
    const r = render('bitnami', { env: f.containers[0]!.env, zk: '3.9' });
    expect(r.lines.filter((l) => l.text.startsWith('server.')).map((l) => l.text)).toEqual(['server.1=a:2888:3888;2181', 'server.2=b:2888:3888;2181']);
    expect(r.myid?.text).toBe('2');
    expect(r.findings.map((x) => x.messageId)).toEqual(['bitnamiNoAuth']);
  });

  it('Confluent splits ZOOKEEPER_SERVERS on ; only', () => {
    const f = compose('services:\n  zk:\n    image: confluentinc/cp-zookeeper:7.6.0\n    environment:\n      ZOOKEEPER_CLIENT_PORT: 2181\n      ZOOKEEPER_SERVER_ID: 1\n      ZOOKEEPER_SERVERS: a:2888:3888,b:2888:3888\n');
    const r = render('confluent', { env: f.containers[0]!.env, zk: '3.8' });
    expect(r.lines.filter((l) => l.text.startsWith('server.')).map((l) => l.text)).toEqual(['server.1=a:2888:3888,b:2888:3888']);
    expect(r.findings).toEqual([]);
  });
});
