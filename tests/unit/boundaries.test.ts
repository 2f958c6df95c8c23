/** The contexts' import rules (docs/ARCHITECTURE.md), checked on the source, not hoped for. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)]
    .filter((m) => !/^\s*import\s+type\s/.test(m[0]) && !/^\s*export\s+type\s/.test(m[0]))
    .map((m) => m[1]!);

const under = (dir: string) => files(join(SRC, dir)).map((f) => ({ file: relative(SRC, f), imports: importsOf(f), text: readFileSync(f, 'utf8') }));

describe('context boundaries', () => {
  it('the core uses no DOM, no extension API and no Node API', () => {
    for (const { file, imports, text } of under('core')) {
      for (const i of imports) expect(`${file} imports ${i}`).not.toMatch(/imports (node:|webextension-polyfill|\.\.\/\.\.\/(dom|extension|cli|corpus-build)\/)/);
      expect(`${file}: ${/\b(document|window|browser|chrome)\./.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))}`).toBe(`${file}: false`);
    }
  });
  it('the content script carries neither fuse.js nor the corpus, nor other contexts’ code', () => {
    for (const { file, imports } of under('extension/content')) {
      // The one claims module allowed is the tiny figure cue that decides whether to ask for hints.
      for (const i of imports) expect(`${file} imports ${i}`).not.toMatch(/imports (fuse\.js|@corpus\/corpus\.json|.*\/(background|popup|options|reader)\/|.*core\/search\/|.*core\/claims\/(?!figure-cue\.js$))/);
    }
  });
  it('no extension code uses innerHTML or insertAdjacentHTML', () => {
    for (const { file, text } of under('extension')) expect(`${file}: ${/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML/.test(text)}`).toBe(`${file}: false`);
  });
});
