/**
 * A real editor: headless Neovim's built-in LSP client runs `zklint lsp --stdio` on a broken zoo.cfg,
 * and this test reads the diagnostics Neovim received. Skipped (said once) where /usr/bin/nvim is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const NVIM = '/usr/bin/nvim';
const have = existsSync(NVIM);
if (!have) console.warn('nvim.test.ts skipped: /usr/bin/nvim is not installed (apt-get install -y neovim)');

describe.skipIf(!have)('Neovim shows zklint diagnostics', () => {
  it('receives the missing myid and the typo for a broken zoo.cfg', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-nvim-'));
    mkdirSync(join(dir, 'data'));
    const file = join(dir, 'zoo.cfg');
    writeFileSync(
      file,
      ['tickTime=2000', 'initLimit=10', 'syncLimit=5', `dataDir=${join(dir, 'data')}`, 'clientPort=2181', 'initLimt=5', 'server.1=127.0.0.1:2888:3888', 'server.2=127.0.0.2:2888:3888', 'server.3=127.0.0.3:2888:3888', ''].join('\n'),
    );
    const out = join(dir, 'out.json');
    const r = spawnSync(NVIM, ['--headless', '--clean', '-n', '-c', `luafile ${join(ROOT, 'test/editors/nvim-diagnostics.lua')}`], {
      env: { ...process.env, ZKLINT_NODE: process.execPath, ZKLINT_CLI: join(ROOT, 'bin/zklint.cjs'), ZKLINT_FILE: file, ZKLINT_OUT: out, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(existsSync(out), `nvim wrote nothing: ${r.stderr}`).toBe(true);
    const got = JSON.parse(readFileSync(out, 'utf8')) as { received: boolean; diagnostics: Array<{ lnum: number; col: number; severity: number; source: string; message: string; code?: string }> };
    expect(got.received).toBe(true);
    const myid = got.diagnostics.find((d) => d.code === 'myid-missing');
    expect(myid).toMatchObject({ lnum: 3, col: 8, severity: 1, source: 'zklint' });
    expect(myid!.message).toContain(`${join(dir, 'data')}/myid does not exist`);
    const typo = got.diagnostics.find((d) => d.code === 'unknown-key');
    expect(typo).toMatchObject({ lnum: 5, col: 0, severity: 2 });
    expect(typo!.message).toContain('Did you mean "initLimit"');
  });
});
