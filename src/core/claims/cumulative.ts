/**
 * Whether a claim gives a running total ("has sent a total of 789 officers", "to date", "since
 * 2014", "đến nay", "tổng cộng", "jusqu'à présent"). A count without such a cue that is smaller
 * than a fact's running total is most likely a part of it (one rotation, one batch, the officers in
 * one mission), not a different total.
 */
import { foldKey } from '../text/fold.js';
import { phraseSet, type PhraseTable } from '../text/phrase-table.js';
import type { ClaimFigure } from './types.js';
import { clauseAround } from './clauses.js';
import { detectLanguage, type Language } from './languages/detect-language.js';

const CUES = phraseSet([
  'since', 'so far', 'to date', 'in total', 'a total of', 'total', 'totalling', 'totaling', 'up to', 'until now', 'thus far',
  'altogether', 'in all', 'over the past', 'in the past', 'cumulative', 'cumulatively', 'overall',
  // The English perfect: "has sent 29 officers" counts everything up to now.
  'has', 'have', 'had', 'already',
  'den nay', 'tinh den', 'tong cong', 'tong so', 'tu nam', 'ke tu', 'nam qua', 'thoi gian qua', 'luy ke',
  'jusqu a present', 'a ce jour', 'au total', 'depuis', 'en tout', 'jusqu ici', 'jusqu a maintenant', 'au cours des',
  // The French passé composé of sending: "le Vietnam a envoyé 12 officiers".
  'a envoye', 'a deploye', 'a depeche', 'ont ete envoyes', 'ont ete deployes', 'a fourni', 'deja',
]);

export function givesRunningTotal(claim: string, figures: readonly ClaimFigure[]): boolean {
  // "since 2014", "in 2014–2020": a count over a span is a total for it.
  if (figures.some((f) => f.dateRole === 'since' || f.kind === 'year-range')) return true;
  return CUES.occursIn(foldKey(claim).split(' '));
}

/** Verbs of what is to come, per language ("se" is Vietnamese "sẽ", and French "se" is no such thing). */
const FUTURE: Record<Language, PhraseTable<true>> = {
  en: phraseSet(['will', 'expected to', 'expects to', 'plans to', 'aims to', 'is set to', 'are set to', 'forecast to', 'projected to']),
  vi: phraseSet(['se', 'du kien', 'ke hoach', 'phan dau']),
  fr: phraseSet(['devrait', 'devraient', 'prevu', 'prevoit', 'd ici', 'vise a', 'visent a']),
};

/** Whether a claim speaks of what is to come ("expected to reach 20% by 2025", "sẽ cử", "d'ici 2025"). */
export function speaksOfFuture(claim: string, language: Language = detectLanguage(claim)): boolean {
  return FUTURE[language].occursIn(foldKey(claim).split(' '));
}

/** A target (or a recommended level) named before a figure in its clause. */
const TARGET_BEFORE = /\b(?:target|targets|goal|goals|objective|objectives|objectif|objectifs|cible|muc tieu|chi tieu|recommended|recommends?|recommande|recommandee?s?|preconisee?s?|khuyen khich|khuyen nghi)\b/;

/** Whether a figure is a target set, not a measure ("the average target set by the UN at 15% by 2028", "L'objectif pour 2028 est de 15 %"). */
export function setsTarget(claim: string, figure: ClaimFigure): boolean {
  return TARGET_BEFORE.test(foldKey(claim.slice(clauseAround(claim, figure.start, figure.end)[0], figure.start)));
}
