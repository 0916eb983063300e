/**
 * End to end through real `ansible-playbook`: ansible.builtin.template with
 * `validate: node <repo>/bin/zklint.cjs --on-host %s` refuses to write a zoo.cfg that
 * ZooKeeper would refuse, and writes a good one. Needs ansible-core (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe.skipIf(!has('ansible-playbook') && !process.env.CI)('ansible template validate', () => {
  it('refuses a broken template and writes a good one', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'zklint-ansible-'));
    mkdirSync(join(tmp, 'data'));
    mkdirSync(join(tmp, 'etc'));
    writeFileSync(
      join(tmp, 'zoo.cfg.j2'),
      'tickTime={{ zk_tick_time }}\ninitLimit=10\nsyncLimit=5\ndataDir={{ zk_data_dir }}\nclientPort=2181\n',
    );
    writeFileSync(
      join(tmp, 'site.yml'),
      [
        '- hosts: localhost',
        '  connection: local',
        '  gather_facts: false',
        '  tasks:',
        '    - name: render zoo.cfg',
        '      ansible.builtin.template:',
        '        src: zoo.cfg.j2',
        '        dest: "{{ zk_conf }}"',
        `        validate: '${process.execPath} ${CLI} --on-host %s'`,
        '',
      ].join('\n'),
    );
    const env = {
      ...process.env,
      HOME: tmp,
      ANSIBLE_LOCAL_TEMP: join(tmp, 'ansible-local'),
      ANSIBLE_REMOTE_TEMP: join(tmp, 'ansible-remote'),
      ANSIBLE_NOCOLOR: '1',
      ANSIBLE_FORCE_COLOR: '0',
      ANSIBLE_PYTHON_INTERPRETER: '/usr/bin/python3',
      ANSIBLE_LOCALHOST_WARNING: 'false',
      ANSIBLE_INVENTORY_UNPARSED_WARNING: 'false',
      NO_COLOR: '1',
    };
    const dest = join(tmp, 'etc', 'zoo.cfg');
    const play = (tick: string) =>
      spawnSync('ansible-playbook', ['-i', 'localhost,', 'site.yml', '-e', `zk_tick_time=${tick}`, '-e', `zk_data_dir=${join(tmp, 'data')}`, '-e', `zk_conf=${dest}`], {
        cwd: tmp,
        env,
        encoding: 'utf8',
      });

    const bad = play('2s');
    const badOut = bad.stdout + bad.stderr;
    expect(bad.status, badOut).not.toBe(0);
    expect(badOut).toContain('failed to validate');
    expect(badOut).toContain('invalid-integer');
    expect(existsSync(dest)).toBe(false);

    const good = play('2000');
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/changed=1\b.*failed=0/);
    expect(readFileSync(dest, 'utf8')).toContain('tickTime=2000\n');
  }, 300_000);
});
