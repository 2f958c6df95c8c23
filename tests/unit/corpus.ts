/** The real corpus, built once per test file from data/. */
import { join } from 'node:path';
import { buildCorpus } from '../../src/corpus-build/build-corpus.js';
import { formatDiagnostic } from '../../src/corpus-build/diagnostics.js';
import { readDataDir } from '../../src/corpus-build/read-data-dir.js';
import { loadLexicon } from '../../src/core/match/lexicon.js';

const built = buildCorpus(readDataDir(join(import.meta.dirname, '../../data')));
if (!built.corpus || !built.lexicon) throw new Error(`corpus does not build:\n${built.errors.map(formatDiagnostic).join('\n')}`);

export const corpus = built.corpus;
export const lexiconData = built.lexicon;
export const lexicon = loadLexicon(built.lexicon);
