/**
 * Makes sure dist/ holds a build of the current sources: `npm run build` when the content script
 * is missing or older than anything it is built from (its size is one of the measurements, and
 * the real lexicon comes from dist/corpus).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

/** Returns false when a rebuild was needed but failed and an older build is measured instead. */
export function ensureBuild(root: string, log: (s: string) => void): boolean {
  const out = join(root, 'dist/chrome/content/main.js');
  const inputs = ['src', 'data', 'build', 'manifest.json', 'vite.config.ts', 'package.json'].map((p) => newest(join(root, p)));
  const built = existsSync(out) && existsSync(join(root, 'dist/corpus/corpus.json')) ? statSync(out).mtimeMs : 0;
  if (built > 0 && built >= Math.max(...inputs)) return true;
  log(built ? 'dist/ is older than the sources: npm run build' : 'dist/ is missing: npm run build');
  try {
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
    return true;
  } catch (e) {
    if (!built) throw e;
    log('bench: the build failed; measuring the previous build in dist/ (results say so)');
    return false;
  }
}
