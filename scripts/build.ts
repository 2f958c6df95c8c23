/**
 * `npm run build`: corpus, then the Chrome and Firefox builds (dist/chrome, dist/firefox), then a
 * zip of each (dist/gloss-chrome.zip, dist/gloss-firefox.zip) ready for the stores.
 */
import { build } from 'vite';
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function zipDir(dir: string, out: string): void {
  const entries: Record<string, Uint8Array> = {};
  for (const f of filesUnder(dir)) entries[relative(dir, f).split('\\').join('/')] = readFileSync(f);
  writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

for (const target of ['chrome', 'firefox'] as const) {
  process.env.GLOSS_TARGET = target;
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
  const dir = resolve('dist', target);
  zipDir(dir, resolve('dist', `gloss-${target}.zip`));
  const content = statSync(join(dir, 'content/main.js')).size;
  console.log(`build: dist/${target} (content script ${(content / 1024).toFixed(1)} KB) + dist/gloss-${target}.zip`);
}
