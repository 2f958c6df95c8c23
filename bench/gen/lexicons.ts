/**
 * Synthetic lexicons of a given alias count: the real corpus topics plus generated topics with
 * realistic multi-word names (institutions, people, places, documents, events) and a few
 * aliases each, compiled with the same `compileLexicon` the corpus build uses.
 */
import type { Topic, TopicKind } from '../../src/core/corpus/types.js';
import { compileLexicon, type LexiconData } from '../../src/core/match/lexicon.js';
import { matchKey } from '../../src/core/text/fold.js';
import { rng, type Rng } from './prng.js';
import {
  DOC_KINDS, EVENT_KINDS, FIELDS, GIVEN_NAMES, INSTITUTION_KINDS, MIDDLE_NAMES, ORDINALS, PLACE_ENDS,
  PLACE_KINDS, PLACE_STEMS, QUALIFIERS, SURNAMES, TITLES,
} from './words.js';

interface Draft { kind: TopicKind; names: string[] }

function institution(r: Rng): Draft {
  const kind = r.pick(INSTITUTION_KINDS);
  const field = r.chance(0.35) ? `${r.pick(FIELDS)} and ${r.pick(FIELDS)}` : r.pick(FIELDS);
  const q = r.chance(0.5) ? `${r.pick(QUALIFIERS)} ` : '';
  const prep = r.chance(0.7) ? 'of' : 'for';
  const name = `${q}${kind} ${prep} ${field}`;
  const names = [name, `${q}${kind} on ${field}`];
  const initials = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  // Acronyms of four letters or more with no vowel after the first: Gloss ignores spaces inside a
  // match, so "CUPSA" would also match the words "cups a" — such acronyms would match the
  // unrelated page, which must match nothing.
  if (initials.length >= 4 && /^[A-Z][^AEIOUY]+$/.test(initials) && r.chance(0.5)) names.push(initials);
  return { kind: 'organisation', names };
}

function person(r: Rng): Draft {
  const family = r.pick(SURNAMES);
  const middle = r.pick(MIDDLE_NAMES);
  const given = r.pick(GIVEN_NAMES);
  const full = `${family} ${middle} ${given}`;
  return { kind: 'person', names: [full, `${r.pick(TITLES)} ${full}`, `${r.pick(TITLES)} ${family} ${given}`] };
}

function place(r: Rng): Draft {
  const stem = `${r.pick(PLACE_STEMS)} ${r.pick(PLACE_ENDS)}`;
  const kind = r.pick(PLACE_KINDS);
  return { kind: 'place', names: [`${stem} ${kind}`, `${kind} of ${stem}`, `${stem} ${kind} Authority`] };
}

function document(r: Rng): Draft {
  const [kind, suffix] = r.pick(DOC_KINDS);
  const n = r.range(1, 999);
  const year = r.range(1995, 2024);
  return {
    kind: 'document',
    names: [`${kind} ${n}/${year}/${suffix}`, `${kind} No. ${n}/${year}/${suffix}`, `${kind} on ${r.pick(FIELDS)} ${year}`],
  };
}

function event(r: Rng): Draft {
  const name = `${r.pick(ORDINALS)} ${r.pick(QUALIFIERS)} ${r.pick(EVENT_KINDS)} on ${r.pick(FIELDS)}`;
  const year = r.range(2000, 2024);
  return { kind: 'event', names: [name, `${year} ${r.pick(EVENT_KINDS)} on ${r.pick(FIELDS)} in ${r.pick(PLACE_STEMS)} ${r.pick(PLACE_ENDS)}`] };
}

const MAKERS = [institution, institution, person, person, place, document, event];

/** Counts the aliases (names included) the lexicon's topics claim. */
export function aliasCount(topics: readonly Topic[]): number {
  return topics.reduce((n, t) => n + new Set([t.name, ...t.aliases.map((a) => a.text)].map(matchKey)).size, 0);
}

/**
 * `real` topics plus synthetic ones until the lexicon has `total` aliases. Synthetic aliases
 * never repeat (after folding) one another or a real alias, so none becomes ambiguous.
 */
export function syntheticTopics(real: readonly Topic[], total: number, seed = 50_000): Topic[] {
  const r = rng(seed);
  const taken = new Set<string>();
  for (const t of real) for (const a of [t.name, ...t.aliases.map((x) => x.text)]) taken.add(matchKey(a));
  let remaining = total - aliasCount(real);
  const out: Topic[] = [...real];
  let id = 0;
  let misses = 0;
  while (remaining > 0) {
    const draft = r.pick(MAKERS)(r);
    const names = draft.names.filter((n) => !taken.has(matchKey(n))).slice(0, remaining);
    if (names.length === 0) {
      if (++misses > 100_000) throw new Error(`synthetic lexicon: vocabulary exhausted at ${total - remaining} aliases`);
      continue;
    }
    for (const n of names) taken.add(matchKey(n));
    remaining -= names.length;
    out.push({
      id: `synthetic-${++id}`,
      name: names[0]!,
      kind: draft.kind,
      description: `Synthetic ${draft.kind} for the benchmark.`,
      aliases: names.slice(1).map((text) => ({ text })),
    });
  }
  return out;
}

export function syntheticLexicon(real: readonly Topic[], total: number): LexiconData {
  return compileLexicon(syntheticTopics(real, total));
}
