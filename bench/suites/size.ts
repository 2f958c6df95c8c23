/** The content script's shipped size: what every page the user opens loads. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface SizeResult {
  files: { path: string; bytes: number; gzip: number }[];
  bytes: number;
  /** gzip -9 of each file, summed. */
  gzip: number;
  brotli: number;
  /** The lexicon file the content script embeds, gzipped on its own (its share of the script). */
  lexiconFile: string;
  lexiconGzip: number;
}

/** The lexicon the content script embeds: the compact one where the corpus build writes it. */
export function shippedLexicon(root: string): string {
  return existsSync(join(root, 'dist/corpus/content-lexicon.json')) ? 'dist/corpus/content-lexicon.json' : 'dist/corpus/lexicon.json';
}

export function measureSize(root: string): SizeResult {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/chrome/manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  const paths = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  const files = paths.map((p) => {
    const data = readFileSync(join(root, 'dist/chrome', p));
    return { path: `dist/chrome/${p}`, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length, data };
  });
  const brotli = files.reduce((n, f) => n + brotliCompressSync(f.data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  return {
    files: files.map(({ path, bytes, gzip }) => ({ path, bytes, gzip })),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    brotli,
    lexiconFile: shippedLexicon(root),
    lexiconGzip: gzipSync(readFileSync(join(root, shippedLexicon(root))), { level: 9 }).length,
  };
}
