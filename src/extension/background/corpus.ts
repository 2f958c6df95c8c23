/** The bundled corpus and the indexes built from it, each built once, on first use. */
import corpusData from '@corpus/corpus.json';
import lexiconData from '@corpus/lexicon.json';
import { buildClaimIndex, type ClaimIndex } from '../../core/claims/check.js';
import { indexCorpus, type CorpusIndex } from '../../core/corpus/corpus-index.js';
import type { Corpus } from '../../core/corpus/types.js';
import { loadLexicon, type LexiconData } from '../../core/match/lexicon.js';
import { buildSearchIndex, type SearchIndex } from '../../core/search/search.js';

const corpus = corpusData as unknown as Corpus;

let corpusIndex: CorpusIndex | undefined;
let searchIndex: SearchIndex | undefined;
let claimIndex: ClaimIndex | undefined;

export const getCorpusIndex = (): CorpusIndex => (corpusIndex ??= indexCorpus(corpus));
export const getSearchIndex = (): SearchIndex => (searchIndex ??= buildSearchIndex(corpus));
export const getClaimIndex = (): ClaimIndex =>
  (claimIndex ??= buildClaimIndex(corpus, loadLexicon(lexiconData as unknown as LexiconData)));
