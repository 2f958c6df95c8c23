/**
 * Builds each manifest content script with esbuild into one classic, self-contained file and
 * writes it into the built manifest. crxjs would instead emit a loader that imports chunks from
 * the extension, which forces those chunks to be web-accessible to every site (a fingerprint).
 */
import { build, transform, type Plugin as EsbuildPlugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Manifest } from './firefox-manifest.js';

/** Stylesheets imported by a content script become minified text (for its shadow root). */
const cssAsText: EsbuildPlugin = {
  name: 'css-as-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code, loader: 'text' };
    });
  },
};

export function withoutContentScripts(m: Manifest): Manifest {
  const { content_scripts: _omit, ...rest } = m;
  return rest;
}

export function contentScriptPlugin(opts: { manifest: Manifest; outDir: string; root: string }): Plugin {
  return {
    name: 'gloss:content-scripts',
    apply: 'build',
    enforce: 'post',
    async writeBundle() {
      const scripts = opts.manifest.content_scripts ?? [];
      const built = [];
      mkdirSync(resolve(opts.outDir, 'content'), { recursive: true });
      for (const cs of scripts) {
        const js: string[] = [];
        for (const entry of cs.js ?? []) {
          const name = `content/${basename(entry).replace(/\.ts$/, '.js')}`;
          await build({
            entryPoints: [resolve(opts.root, entry)],
            bundle: true,
            format: 'iife',
            target: 'es2022',
            minify: true,
            legalComments: 'none',
            outfile: resolve(opts.outDir, name),
            alias: { '@corpus': resolve(opts.root, 'dist/corpus') },
            plugins: [cssAsText],
            logLevel: 'warning',
          });
          js.push(name);
        }
        const css = (cs.css ?? []).map((entry) => {
          const name = `content/${basename(entry)}`;
          copyFileSync(resolve(opts.root, entry), resolve(opts.outDir, name));
          return name;
        });
        built.push({ ...cs, js, css });
      }
      const path = resolve(opts.outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest & { web_accessible_resources?: unknown[] };
      manifest.content_scripts = built;
      // Nothing needs to be reachable from pages: drop what crxjs adds by default.
      delete manifest.web_accessible_resources;
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
