/**
 * `npm run corpus [-- --data DIR --out DIR]`: validates data/ and writes dist/corpus/corpus.json
 * (everything, for the background, popup, reader and CLI), dist/corpus/lexicon.json (the compiled
 * matcher) and dist/corpus/content-lexicon.json (the same without display texts, for the content
 * script). Exits 1, listing every error by file and line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCorpus } from '../src/corpus-build/build-corpus.js';
import { formatDiagnostic } from '../src/corpus-build/diagnostics.js';
import { readDataDir } from '../src/corpus-build/read-data-dir.js';
import { compactLexicon } from '../src/core/match/lexicon.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const dataDir = resolve(opt('--data', 'data'));
const outDir = resolve(opt('--out', 'dist/corpus'));

const result = buildCorpus(readDataDir(dataDir));
if (!result.corpus || !result.lexicon) {
  for (const e of result.errors) console.error(formatDiagnostic(e));
  console.error(`corpus: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; nothing written`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'corpus.json'), JSON.stringify(result.corpus));
writeFileSync(resolve(outDir, 'lexicon.json'), JSON.stringify(result.lexicon));
writeFileSync(resolve(outDir, 'content-lexicon.json'), JSON.stringify(compactLexicon(result.lexicon)));
const { sources, topics, facts } = result.corpus;
console.log(`corpus: ${sources.length} sources, ${sources.reduce((n, s) => n + s.passages.length, 0)} passages, ${topics.length} topics, ${facts.length} facts, ${result.lexicon.patterns.length} patterns → ${outDir}`);
