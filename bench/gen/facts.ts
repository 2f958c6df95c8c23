/**
 * Synthetic facts added to the real corpus for the search measurement: statements in the register
 * of the real ones (an actor, a verb, a figure, a place, a date), each about one or two real
 * topics and with an excerpt, so the index holds what a ten-times larger corpus would.
 */
import type { Corpus, Fact } from '../../src/core/corpus/types.js';
import { rng } from './prng.js';
import { ARTICLE_WORDS, FIELDS, GIVEN_NAMES, INSTITUTION_KINDS, PLACE_ENDS, PLACE_KINDS, PLACE_STEMS, SURNAMES } from './words.js';

const VERBS = ['deployed', 'sent', 'trained', 'funded', 'announced', 'signed', 'hosted', 'approved', 'reported', 'rotated'];
const UNITS = ['officers', 'personnel', 'engineers', 'medical staff', 'observers', 'troops', 'projects', 'agreements'];

export function withSyntheticFacts(corpus: Corpus, total: number, seed = 10_000): Corpus {
  const r = rng(seed);
  const facts: Fact[] = [...corpus.facts];
  const passages = corpus.sources.flatMap((s) => s.passages.map((p) => ({ source: s.id, passage: p.id })));
  for (let i = 0; facts.length < total; i++) {
    const org = `${r.pick(INSTITUTION_KINDS)} of ${r.pick(FIELDS)}`;
    const place = `${r.pick(PLACE_STEMS)} ${r.pick(PLACE_ENDS)} ${r.pick(PLACE_KINDS)}`;
    const person = `${r.pick(SURNAMES)} ${r.pick(GIVEN_NAMES)}`;
    const n = r.range(2, 2000);
    const unit = r.pick(UNITS);
    const year = r.range(1995, 2024);
    const statement = `The ${org} ${r.pick(VERBS)} ${n} ${unit} to ${place} in ${year}.`;
    const words = Array.from({ length: r.range(10, 24) }, () => r.pick(ARTICLE_WORDS)).join(' ');
    const at = r.pick(passages);
    facts.push({
      id: `synthetic-fact-${i}`,
      statement,
      topics: [r.pick(corpus.topics).id, ...(r.chance(0.3) ? [r.pick(corpus.topics).id] : [])],
      asOf: String(year),
      numbers: [{ value: n, unit }],
      excerpts: [{ ...at, text: `According to ${person}, the ${org} ${words} ${n} ${unit} in ${year}.` }],
    });
  }
  return { ...corpus, facts };
}
