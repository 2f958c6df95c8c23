/**
 * The corpus bundled into the extension pages (popup, reader, options), indexed once. Not for the
 * content script, which must stay small and asks the background instead.
 */
import corpusData from '@corpus/corpus.json';
import { indexCorpus, type CorpusIndex } from '../../core/corpus/corpus-index.js';
import type { Corpus } from '../../core/corpus/types.js';
import { buildSearchIndex, type SearchIndex } from '../../core/search/search.js';

// `npm run corpus` validates the artifact before anything can import it.
export const corpus = corpusData as Corpus;

let index: CorpusIndex | undefined;
let searchIndex: SearchIndex | undefined;

export const corpusIndex = (): CorpusIndex => (index ??= indexCorpus(corpus));
export const corpusSearchIndex = (): SearchIndex => (searchIndex ??= buildSearchIndex(corpus));
