import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm start without Chromium', () => {
  it('says in one line how to get it and exits 1, without a stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', DISPLAY: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual(['gloss start: Chromium not found at /nonexistent/chromium (from CHROMIUM_PATH): point CHROMIUM_PATH at a Chromium binary, or unset it to use /usr/bin/chromium']);
    expect(run.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
  });
});
