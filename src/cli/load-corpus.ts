/** Loads the built corpus (dist/corpus), or builds it from data/ in memory when it is missing. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../core/corpus/types.js';
import type { LexiconData } from '../core/match/lexicon.js';
import { buildCorpus } from '../corpus-build/build-corpus.js';
import { formatDiagnostic } from '../corpus-build/diagnostics.js';
import { readDataDir } from '../corpus-build/read-data-dir.js';
import { CliError } from './cli-error.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function loadCorpus(): { corpus: Corpus; lexicon: LexiconData } {
  const dir = resolve(root, 'dist/corpus');
  if (existsSync(resolve(dir, 'corpus.json')) && existsSync(resolve(dir, 'lexicon.json'))) {
    return {
      corpus: JSON.parse(readFileSync(resolve(dir, 'corpus.json'), 'utf8')) as Corpus,
      lexicon: JSON.parse(readFileSync(resolve(dir, 'lexicon.json'), 'utf8')) as LexiconData,
    };
  }
  const built = buildCorpus(readDataDir(resolve(root, 'data')));
  if (!built.corpus || !built.lexicon) {
    throw new CliError(`the corpus in data/ does not build (${built.errors.length} errors; first: ${formatDiagnostic(built.errors[0]!)})`);
  }
  return { corpus: built.corpus, lexicon: built.lexicon };
}
