/**
 * The ingest progress bar: drawn on stderr when it is a terminal, absent when piped (machine
 * output and logs stay clean). The terminal case runs the CLI under `script` (util-linux), and
 * is skipped where that is not installed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from '../helpers/cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
let dir: string;
let input: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bt-progress-'));
  input = join(dir, 'in');
  mkdirSync(input);
  const src = join(REPO, 'sources');
  for (const f of readdirSync(src).filter((f) => f.endsWith('.txt')).slice(0, 3)) copyFileSync(join(src, f), join(input, f));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ingest progress', () => {
  it('piped: no bar, no control characters, one summary line', () => {
    const r = runCli(['ingest', input, '--db', join(dir, 'piped.db')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/[\r\x1b]/);
    expect(r.stderr).not.toContain('ingest [');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ingest: 3 stored/);
    expect(r.stdout).toBe('');
  }, 120_000);

  it.skipIf(!hasScript)('on a terminal: a bar that reaches the total', () => {
    const db = join(dir, 'tty.db');
    const cmd = [process.execPath, BIN, 'ingest', input, '--db', db].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const env = { ...process.env, BRIEFTRACE_PROGRESS_DELAY_MS: '0' };
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', cwd: REPO, env });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('ingest [');
    expect(r.stdout).toContain('3/3');
    expect(r.stdout).toMatch(/ingest: 3 stored/);
  }, 120_000);

  it.skipIf(!hasScript)('on a terminal, a run shorter than the delay shows no bar', () => {
    const db = join(dir, 'tty-quick.db');
    const cmd = [process.execPath, BIN, 'ingest', input, '--db', db].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const env = { ...process.env, BRIEFTRACE_PROGRESS_DELAY_MS: '600000' };
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', cwd: REPO, env });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('ingest [');
    expect(r.stdout).toMatch(/ingest: 3 stored/);
  }, 120_000);
});
