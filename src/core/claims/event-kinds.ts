/**
 * Kinds of event a date can be the date of (founding, ratification, signing, issuing, election,
 * upgrade), read from a claim around its date and from a fact statement: "established in December
 * 2013" and "In 2014 Vietnam established …" date the same kind of event; "upgraded … in January
 * 2018" does not date the founding.
 */
import { clauseAround } from './clauses.js';
import type { ClaimFigure } from './types.js';
import { keyedWords, type KeyedWord } from './words.js';

/** Kinds of event, by the word keys (after the language tables) that name them. */
const EVENT_KINDS: Record<string, readonly string[]> = {
  establish: ['establish'],
  approve: ['pass'],
  sign: ['sign', 'signe'],
  issue: ['issue', 'issu', 'promulgat'],
  elect: ['elect'],
  upgrade: ['upgrade'],
};
const KIND_OF = new Map(Object.entries(EVENT_KINDS).flatMap(([kind, keys]) => keys.map((k) => [k, kind] as const)));
/** How much farther (characters) an event word after a date counts than one before it. */
const AFTER_PENALTY = 40;

/** The kind of the first event a statement names ("In 2014 Vietnam established …, later upgraded …": establish). */
export function eventKindOf(statement: string): string | undefined {
  return keyedWords(statement, 'en').map((w) => KIND_OF.get(w.key)).find((k) => k !== undefined);
}

/**
 * The kind of event a date of the claim goes with: the event word nearest to it in its clause, of
 * which it is the nearest date ("… until 2030 issued … on August 8, 2018": the issuing is of 2018).
 * A date follows its verb ("established in December 2013 and upgraded …"), unless it opens the sentence.
 */
export function dateEventKind(claim: string, words: readonly KeyedWord[], d: ClaimFigure, dates: readonly ClaimFigure[]): string | undefined {
  const [from, to] = clauseAround(claim, d.start, d.end);
  const gap = (w: { start: number; end: number }, x: ClaimFigure): number => Math.max(w.start - x.end, x.start - w.end, 0);
  let kind: string | undefined;
  let distance = Infinity;
  for (const w of words) {
    const k = KIND_OF.get(w.key);
    if (!k || w.start < from || w.end > to) continue;
    const dist = gap(w, d) + (w.start > d.start ? AFTER_PENALTY : 0);
    if (dist < distance && dates.every((x) => x === d || gap(w, x) > gap(w, d))) { kind = k; distance = dist; }
  }
  return kind;
}

