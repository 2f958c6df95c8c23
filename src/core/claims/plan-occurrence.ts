/**
 * "For the second time, Vietnam has become a non-permanent member of the Security Council", "lần
 * thứ hai … nhiệm kỳ 2020-2021", "élu pour la deuxième fois … pour le mandat 2020-2021": a claim
 * that an event recurs for the Nth time, set against the terms (year ranges) the sources give for
 * it. The Nth term is the claim's; a term the claim names must be the Nth. Fewer terms in the
 * sources than N is not a contradiction (they need not list them all): nothing is said then.
 */
import { verdictPlan, type Plan, type Scored } from './plan.js';
import type { ClaimFigure } from './types.js';
import { contentKeys } from './words.js';

/** Counted nouns that make an ordinal the Nth occurrence of what the claim says. */
const OCCURRENCE_UNITS = new Set(['time', 'times', 'fois', 'stint', 'term', 'tenure', 'mandat', 'occasion', 'lần']);
/** "lần thứ hai": the Vietnamese ordinal of a time stands after "lần". */
const LAN_BEFORE = /(?:^|\s)lần\s*$/iu;
/** "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 28": after a meeting's name, "lần thứ N" is its edition. */
const EDITION_OF = /(?:hội nghị|đại hội|khóa họp|khoá họp|kỳ họp|phiên họp|thông điệp|thượng đỉnh|diễn đàn|hội thảo|hội chợ|lễ)(?:\s+[^\s,.;]+){0,6}\s+$/iu;
/** A fact this much about the claim may give one of its terms. */
const TERM_ABOUT = 0.5;

interface Term { from: number; to: number; facts: Scored[] }

/** The terms the facts name, earliest first; overlapping ranges are one term ("2020–21" and a conference series "2020–2022"). */
function termsOf(pool: readonly Scored[], about: (s: Scored) => number): Term[] {
  const ranges: { from: number; to: number; s: Scored }[] = [];
  for (const s of pool) {
    if (about(s) < TERM_ABOUT) continue;
    for (const [from, to] of s.f.span.named) if (from < to) ranges.push({ from, to, s });
  }
  ranges.sort((a, b) => a.from - b.from || a.to - b.to);
  const terms: Term[] = [];
  for (const r of ranges) {
    const last = terms[terms.length - 1];
    if (last && r.from <= last.to) {
      last.to = Math.max(last.to, r.to);
      if (!last.facts.includes(r.s)) last.facts.push(r.s);
    } else terms.push({ from: r.from, to: r.to, facts: [r.s] });
  }
  return terms;
}

/** A claim word this distinctive (IDF) names what the claim counts. */
const DISTINCTIVE_IDF = 1.5;

/** "second time", "deuxième fois", "lần thứ hai", "first stint": the Nth occurrence of what the claim says, not the Nth of a thing. */
export function isOccurrence(f: ClaimFigure, claim: string): boolean {
  return f.ordinal === true && f.kind === 'count' && f.unit !== 'rank' &&
    ((f.unit !== undefined && OCCURRENCE_UNITS.has(f.unit.split(' ')[0]!)) ||
      (LAN_BEFORE.test(claim.slice(Math.max(0, f.start - 8), f.start)) && !EDITION_OF.test(claim.slice(Math.max(0, f.start - 80), f.start).replace(/\s*lần\s*$/iu, ' '))));
}

/**
 * The ordinal's own part of the sentence ("Membre élu du Conseil de sécurité pour la deuxième fois
 * …, le Viet Nam en prend la présidence …"): how much a fact is about it, and its keys with their IDF.
 */
export interface OrdinalPart {
  about: (ordinal: ClaimFigure, s: Scored) => number;
  idf: (ordinal: ClaimFigure) => ReadonlyMap<string, number> | undefined;
}

/** `pool`: facts somewhat about the claim; `claimIdf`: the claim's keys with their IDF. */
export function planOccurrence(claim: string, figures: readonly ClaimFigure[], pool: readonly Scored[], claimIdf: ReadonlyMap<string, number>, part?: OrdinalPart): Plan | undefined {
  const ordinal = figures.find((f) => isOccurrence(f, claim));
  if (!ordinal) return undefined;
  const aboutPart = (s: Scored): number => part?.about(ordinal, s) ?? 0;
  // What the ordinal counts is named in its own part of the sentence, when it has one.
  const idf = part?.idf(ordinal) ?? claimIdf;
  const terms = termsOf(pool, (s) => Math.max(s.rel.about, aboutPart(s)));
  if (terms.length === 0) return undefined;
  // What the claim counts is in every term up to the Nth: "la présidence … pour la deuxième fois"
  // counts presidencies, which the sources give in one term of the two only.
  // Words for the occurrence itself ("term", "mandat", "stint") are not what is counted.
  const own = new Set([...contentKeys(ordinal.raw), ...[...OCCURRENCE_UNITS].flatMap((u) => contentKeys(u))]);
  const counted = terms.slice(0, ordinal.value);
  const keysOf = (t: Term): Set<string> => new Set(t.facts.flatMap((s) => [...s.f.keys.keys()]));
  const termKeys = counted.map(keysOf);
  const uneven = [...idf].some(([k, w]) => w >= DISTINCTIVE_IDF && !own.has(k) && termKeys.some((ks) => ks.has(k)) && !termKeys.every((ks) => ks.has(k)));
  if (uneven) return undefined;
  const nth = terms[ordinal.value - 1];
  const named = figures.find((f) => f.kind === 'year-range' && f.range);
  if (named?.range) {
    const [a, b] = named.range;
    const claimed = terms.find((t) => t.from <= a && b <= t.to);
    // "C'est la 2e fois …, la première étant pour le mandat 2008-2009": a term is the nearest ordinal's.
    const distance = (f: ClaimFigure): number => Math.max(f.start - named.end, named.start - f.end, 0);
    const nearest = figures.filter((f) => f.ordinal && f.kind === 'count' && f.unit !== 'rank').reduce((x, f) => (distance(f) < distance(x) ? f : x), ordinal);
    if (nearest !== ordinal) {
      const its = terms[nearest.value - 1];
      if (!its) return undefined;
      const outcome = claimed === its ? 'same' : 'differs';
      return verdictPlan(outcome, its.facts, [named], [outcome]);
    }
    if (nth && claimed === nth) return verdictPlan('same', nth.facts, [named], ['same']);
    // The claim's term is in the sources, but not as the Nth: "its first term, 2020–21" against
    // 2008–09 and 2020–21. The sources' Nth term is what differs from it.
    if (claimed && nth) return verdictPlan('differs', nth.facts, [named], ['differs']);
    return undefined;
  }
  // "For the second time": the Nth is the latest the sources give.
  return nth && terms.length === ordinal.value ? verdictPlan('same', nth.facts) : undefined;
}
