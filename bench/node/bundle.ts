/** Bundles bench/browser/entry.ts with esbuild into one script for the bench page. */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export async function bundleBrowserBench(root: string, minify = true): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, 'bench/browser/entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    // Minified like the content script, so the measured code is shaped like the shipped one.
    minify,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
