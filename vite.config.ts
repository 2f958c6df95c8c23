/**
 * Builds the Chrome (default) or Firefox (GLOSS_TARGET=firefox) extension into dist/<target>.
 *
 * crxjs builds the background, popup, options and reader from manifest.json. The content script is
 * built separately (see build/content-script-plugin.ts) as one self-contained classic script, so
 * it needs no web-accessible resources and no page can probe for Gloss.
 */
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { contentScriptPlugin, withoutContentScripts } from './build/content-script-plugin.js';
import { firefoxManifest, type Manifest } from './build/firefox-manifest.js';

const target = process.env.GLOSS_TARGET === 'firefox' ? 'firefox' : 'chrome';
const source = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Manifest;
const manifest = target === 'firefox' ? firefoxManifest(source) : source;
const outDir = resolve(import.meta.dirname, 'dist', target);

export default defineConfig({
  plugins: [
    crx({ manifest: withoutContentScripts(manifest) as never, browser: target }),
    contentScriptPlugin({ manifest, outDir, root: import.meta.dirname }),
  ],
  resolve: { alias: { '@corpus': resolve(import.meta.dirname, 'dist/corpus') } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: { input: { reader: resolve(import.meta.dirname, 'src/extension/reader/index.html') } },
  },
  logLevel: 'warn',
});
