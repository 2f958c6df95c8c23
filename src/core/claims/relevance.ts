/**
 * Which facts bear on a claim, and how much: IDF-weighted overlap of content words, plus the
 * topics the claim mentions. A claim naming something the fact does not (another country, a
 * person) is not about that fact, however many ordinary words they share.
 */
import type { Mention } from '../match/detect.js';
import type { ClaimIndex, IndexedFact } from './claim-index.js';
import type { ClaimFigure } from './types.js';
import type { DateNaming } from './compare.js';
import { detectLanguage, type Language } from './languages/detect-language.js';
import { keyedWords, stem } from './words.js';
import { attributionSpans } from './attribution.js';
import { foldKey } from '../text/fold.js';

/** Names this common in the facts ("Vietnam", "UN") say nothing about which fact is meant. */
const COMMON_NAME_SHARE = 0.2;
/** Thresholds, tuned on tests/realworld (kept only where both halves improved; `npm run eval`). */
const MIN_COVERAGE = 0.45;
const MIN_MATCHED = 3;
const MIN_COVERAGE_WITH_TOPIC = 0.3;
/** Without a topic, at least this many distinctive words (IDF ≥ DISTINCTIVE_IDF) must be shared. */
const MIN_DISTINCTIVE = 2;
const DISTINCTIVE_IDF = 1.5;
/** A fact stating the claim's very figure (value and counted noun) needs only this much else in common. */
const MIN_COVERAGE_WITH_FIGURE = 0.25;
/** A fact counting the same kind of thing as the claim, about the same subject, needs this much else in common. */
const MIN_COVERAGE_WITH_QUANTITY = 0.2;
/**
 * A fact naming the claim's very date for its event needs only this much else in common: when its
 * main topic is the claim's, or (more) when the claim's topic is one of its others.
 */
const MIN_COVERAGE_WITH_DATE = 0.2;
/** How much a fact's other topics count, beside its main one (the first). */
const SIDE_TOPIC = 0.7;
const MIN_COVERAGE_WITH_DATE_SIDE_TOPIC = 0.3;
/** … and the very day, with any topic of the claim, this much. */
const MIN_COVERAGE_WITH_DAY = 0.1;
/** A claim containing this share of a fact statement's word weight, and all its names, holds the fact whole. */
const HOLDS_FACT = 0.7;
/** … or this share of one clause of a statement that adds to what it says (its names too). */
const HOLDS_CLAUSE = 0.75;
/** What introduces the details of a claim: names after it are not required of a fact. */
const DETAILS = /\b(?:including|among them|of whom|y compris|dont|parmi lesquels|parmi lesquelles)\b|trong đó có|bao gồm/iu;
/** A sentence whose subject is "it", "the country", "le pays" (after any opening phrase), or a speaker's "his country", "son pays": about the article's subject. */
export const ANAPHORIC_SUBJECT = /^\s*(?:[^,]{0,80},\s*)?(?:it|the country|the nation|this country|le pays|ce pays|il|elle)\s|\b(?:his|her|our) country\b|\b(?:son|notre) pays\b/iu;
/** Days and months are capitalised in English but name nothing a fact must contain ("… released by Lowy Institute Wednesday"). */
const CALENDAR = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout ' +
    'septembre octobre novembre decembre').split(' ').map((w) => stem(w)),
);
/** How much the words naming who speaks, the titles before a name and the countries Vietnam deals with count ("Deputy Prime Minister … Pham Binh Minh said"). */
const ASIDE_WEIGHT = 0.3;
/** Titles are capitalised before a name ("Deputy Prime Minister … Pham Binh Minh"): there they name no one a fact must contain. */
const TITLES = new Set(
  ('president prime minister deputy ambassador colonel major lieutenant vice commander captain admiral mr mrs ms dr sen col lt ' +
    'gen maj capt ministre ambassadeur')
    .split(' ').map((w) => stem(w)),
);
/** Above this share of capitalised words, a claim is written like a headline. */
const HEADLINE_CAPITALS = 0.7;
/** … unless this many of its words are in lowercase. */
const HEADLINE_LOWERCASE = 3;

export interface ClaimTerms {
  /** Distinct keys with their weights. */
  weights: Map<string, number>;
  /** IDF of each key (without the weight given to names). */
  idf: Map<string, number>;
  total: number;
  /** Names in the claim that a fact must contain to be about the same thing. */
  names: Set<string>;
  /** Of those, names the corpus never uses and other countries: even a fact counting the same people must have them. */
  strictNames: Set<string>;
  /** Topic ids mentioned, with their weights. */
  topics: Map<string, number>;
  /** The keys of the words inside each topic's mentions: matched by every fact about that topic. */
  mentioned: Map<string, Set<string>>;
  /** Keys of the places the claim puts its event in ("held in Singapore"): compared as places, not required as names. */
  placeKeys: Set<string>;
  /** The claim's keys naming what the corpus is about ("vietnam") and its field ("peacekeep", "un"). */
  subjectKeys: Set<string>;
  domainKeys: Set<string>;
  /** The Vietnamese press writes of Vietnam's contingents without naming Vietnam ("đã có trên 800 lượt sĩ quan"). */
  subjectImplied: boolean;
  /** The corpus's subject names, when the claim implies its subject; else empty. */
  impliedSubjects: ReadonlySet<string>;
}

export interface ClaimTermOptions {
  figures?: readonly ClaimFigure[];
  language?: Language;
  /** Folded words of the places in a locative slot. */
  placeWords?: ReadonlySet<string>;
  /** Folded words naming another country ("sénégalais"): a fact must name it too. */
  foreignWords?: readonly string[];
  /** Folded words naming a country the claim's subject took over from: never required of a fact. */
  predecessorWords?: readonly string[];
  /** Countries named beside Vietnam as partners: not names a fact must contain. */
  partnerWords?: readonly string[];
  /** [from, to) of the words naming who speaks (attribution.ts); read from the claim when not given. */
  speakers?: readonly (readonly [number, number])[];
  /** The claim comes from a page about the corpus's subject: it may leave the subject implied. */
  subjectImplied?: boolean;
}

/**
 * Words of a Vietnamese or French claim that the (English) corpus never uses are mostly words the
 * tables do not translate, not signs of another subject: they count for this share of their weight.
 */
const UNTRANSLATED = 0.2;

export function claimTerms(index: ClaimIndex, claim: string, mentions: readonly Mention[], options: ClaimTermOptions = {}): ClaimTerms {
  const { figures = [], language = detectLanguage(claim), placeWords = new Set<string>(), foreignWords = [], predecessorWords = [], partnerWords = [] } = options;
  const predecessor = new Set(predecessorWords.map((w) => stem(w)));
  // Read through the claim language's table, as the claim's own words are ("united states" → "us").
  const partners = new Set(partnerWords.flatMap((w) => keyedWords(w, language).map((k) => k.key)));
  const placeKeys = new Set<string>();
  const weights = new Map<string, number>();
  const idfs = new Map<string, number>();
  const names = new Set<string>();
  const inMention = (start: number): boolean => mentions.some((m) => start >= m.start && start < m.end);
  const inFigure = (start: number): boolean => figures.some((f) => start >= f.start && start < f.end);
  const mentioned = new Map<string, Set<string>>();
  const words = keyedWords(claim, language);
  // "… were women, including 21 as members of Engineering Company Rotation 1": names in the details
  // a claim lists are not what it is about; a fact need not contain them.
  const detailsAt = claim.search(DETAILS);
  const details = detailsAt < 0 ? Infinity : detailsAt;
  // "Mr. Son said …", "…, the Ministry of Foreign Affairs has informed": who speaks is not what is claimed.
  const attributed = options.speakers ?? attributionSpans(claim, language);
  const inAttribution = (start: number): boolean => attributed.some(([a, b]) => start >= a && start < b);
  // In a headline ("Vietnam Sends 600 Peacekeepers") capitals say nothing: only known names count.
  // A sentence naming many things ("… the UN Headquarters, UNMISS, and Multidimensional Integrated
  // Stabilization Mission …") still writes its own words in lowercase.
  const lowercase = words.filter((w) => !w.capitalised && !w.translated).length;
  const headline = words.length >= 3 && lowercase < HEADLINE_LOWERCASE && words.filter((w) => w.capitalised).length / words.length > HEADLINE_CAPITALS;
  // "last" in "October last year" is part of a date, not a word of the claim.
  const inRelativeDate = (start: number): boolean => figures.some((f) => f.relative && start >= f.start && start < f.end);
  // A title stands before a name: after it (and any further titles, "Deputy Prime Minister and
  // Minister of Foreign Affairs") comes a capitalised word that is no title ("Pham Binh Minh").
  const beforeName = (end: number): boolean => {
    for (const m of claim.slice(end, end + 80).matchAll(/[\p{L}\p{M}]+/gu)) {
      if (/^(?:and|of|et|de|du|des|và|the)$/iu.test(m[0])) continue;
      if (!/^\p{Lu}/u.test(m[0])) return false;
      if (!TITLES.has(stem(foldKey(m[0])))) return true;
    }
    return false;
  };
  for (const w of words) {
    // "from Thailand" in a handover says who had it before, not which fact the claim is about.
    if (inRelativeDate(w.start) || predecessor.has(w.key)) continue;
    const known = index.vocabulary.has(w.key);
    const speaker = inAttribution(w.start);
    const title = TITLES.has(w.key) && beforeName(w.end);
    const isName = CALENDAR.has(w.key) || title || speaker ? false : headline
      ? index.names.has(w.key) || (!known && w.capitalised)
      // A capital at the start of a sentence says nothing, unless the sources write the word as a name.
      // (A Vietnamese syllable opening a sentence, "Liên tục …", is too often a common word to say even that.)
      : w.capitalised && !inFigure(w.start) && (!w.sentenceStart || (index.names.has(w.key) && language !== 'vi'));
    const idf = index.idf.get(w.key) ?? index.unknownIdf;
    // A Vietnamese syllable no table reads is almost never an English fact's word, even when the
    // sources happen to have it (in a name): it counts as untranslated unless written as a name.
    const untranslated = language === 'vi' ? !w.translated && !w.capitalised : language !== 'en' && !known;
    const weight = (isName ? idf * 1.5 : idf) * (untranslated ? UNTRANSLATED : 1) * (speaker || title || partners.has(w.key) ? ASIDE_WEIGHT : 1);
    const place = placeWords.has(w.key);
    if (place) placeKeys.add(w.key);
    weights.set(w.key, Math.max(weights.get(w.key) ?? 0, weight));
    idfs.set(w.key, idf);
    // Which names a fact must contain. Not a word read through a table ("Béret Bleu", "OMP"), nor a
    // common word in title case ("Engineering Unit Rotation 4": the sources write it in lowercase).
    // In English, a word the sources write as a name or never use at all; in Vietnamese or French, a
    // word the sources never use is a name in that language ("l'Unité du génie", "FISNUA") that no
    // English fact could contain, so only known words can be required.
    // "Cycle 4", "Rotation 1", "Unit No. 3": a capital before a number labels an item, it is no name.
    const label = /^\s*(?:No\.?\s*)?\d/.test(claim.slice(w.end, w.end + 6));
    const required = isName && !place && !w.translated && !partners.has(w.key) && !label && (language === 'en' ? !known || index.names.has(w.key) : known);
    if (required && (index.share.get(w.key) ?? 0) < COMMON_NAME_SHARE && !inMention(w.start) && w.start < details) names.add(w.key);
    for (const m of mentions) {
      if (w.start < m.start || w.start >= m.end) continue;
      let set = mentioned.get(m.topic);
      if (!set) mentioned.set(m.topic, (set = new Set()));
      set.add(w.key);
    }
  }
  const strictNames = new Set([...names].filter((k) => !index.vocabulary.has(k)));
  // Another country's name (even a word the tables drop, "Nhật Bản") must be in the fact.
  for (const w of foreignWords) {
    const key = stem(w);
    if (!placeWords.has(w)) { names.add(key); strictNames.add(key); }
  }
  let total = 0;
  for (const v of weights.values()) total += v;
  const topics = new Map<string, number>();
  for (const m of mentions) topics.set(m.topic, index.topicIdf.get(m.topic) ?? 1);
  const subjectKeys = new Set([...weights.keys()].filter((k) => index.subjects.has(k)));
  const domainKeys = new Set([...weights.keys()].filter((k) => index.domain.has(k)));
  // The Vietnamese press writes of Vietnam's contingents without naming Vietnam; English and French
  // sentences cut from an article about it say "it", "the country", "le pays" as their subject.
  const subjectImplied = foreignWords.length === 0 && (options.subjectImplied === true || language === 'vi' || ANAPHORIC_SUBJECT.test(claim));
  return { weights, idf: idfs, total, names, strictNames, topics, mentioned, placeKeys, subjectKeys, domainKeys, subjectImplied, impliedSubjects: subjectImplied ? index.subjects : new Set() };
}

export interface Relevance {
  /** Share of the claim's word weight the fact contains (0–1). */
  coverage: number;
  /** The same, leaving aside the places the claim puts its event in (compared on their own). */
  coreCoverage: number;
  /** Share of the fact statement's word weight (IDF) the claim contains: a long sentence may hold a short fact whole. */
  factCoverage: number;
  /** Share of the best clause's word weight (IDF) the claim holds, for a statement of several clauses (0 otherwise). */
  clauseCoverage: number;
  /** How clearly the fact is about the claim: the best of the three coverages. */
  about: number;
  /** Summed weight of the claim words the fact contains. */
  matched: number;
  /** Share of the claim's topic weight the fact is about (0–1). */
  topicShare: number;
  relevant: boolean;
  /** Relevant because the fact names the claim's date for an event of the claim's topic. */
  byDate: boolean;
  /** What the fact's figures say about the claim's (the `figures` argument). */
  figures: 0 | 1 | 2;
  score: number;
}

/**
 * `figures`: what the fact's figures say about the claim's — 0 nothing comparable, 1 a figure of
 * the same kind of thing, 2 one that also agrees. Counts as distinctive words, and ranks.
 * `countsAlike`: the fact counts the same kind of people as a number of the claim does.
 * `namesDate`: the fact names one of the claim's dates for its event, 2 down to the month, 3 to the day (check.ts).
 */
export function relevance(terms: ClaimTerms, f: IndexedFact, figures: 0 | 1 | 2 = 0, countsAlike = false, namesDate: DateNaming = 0): Relevance {
  let matched = 0;
  let factMatched = 0;
  let placeMatched = 0;
  let placeTotal = 0;
  let distinctive = 0;
  let other = 0;
  let otherTotal = 0;
  const viaTopic = new Set<string>();
  for (const t of f.fact.topics) for (const k of terms.mentioned.get(t) ?? []) viaTopic.add(k);
  for (const [k, w] of terms.weights) {
    const found = w * (viaTopic.has(k) ? 1 : (f.keys.get(k) ?? 0));
    matched += found;
    if (found > 0 && (f.statementKeys.has(k) || viaTopic.has(k))) factMatched += terms.idf.get(k) ?? 0;
    if (terms.placeKeys.has(k)) { placeTotal += w; placeMatched += found; }
    if (found > 0 && (terms.idf.get(k) ?? 0) >= DISTINCTIVE_IDF) distinctive++;
    if (!terms.names.has(k)) { otherTotal += w; other += found; }
  }
  const coverage = terms.total > 0 ? matched / terms.total : 0;
  const coreTotal = terms.total - placeTotal;
  const coreCoverage = coreTotal > 0 ? (matched - placeMatched) / coreTotal : coverage;
  // A shared name alone ("China") does not make a fact about the claim: the rest must match too.
  const otherCoverage = otherTotal > 0 ? other / otherTotal : coverage;
  let topicTotal = 0;
  let topicHit = 0;
  for (const [t, w] of terms.topics) {
    topicTotal += w;
    const at = f.fact.topics.indexOf(t);
    if (at === 0) topicHit += w;
    else if (at > 0) topicHit += w * SIDE_TOPIC;
  }
  const topicShare = topicTotal > 0 ? topicHit / topicTotal : 0;
  const factCoverage = f.statementWeight > 0 ? Math.min(1, factMatched / f.statementWeight) : 0;
  // … or of one clause of it, when the statement goes on to add to what it says.
  const named = (k: string): boolean => terms.weights.has(k) || viaTopic.has(k) || terms.impliedSubjects.has(k);
  let clauseCoverage = 0;
  for (const c of f.clauses) {
    let held = 0;
    for (const k of c.keys) if (terms.weights.has(k) || viaTopic.has(k)) held += terms.idf.get(k) ?? 0;
    // A clause held whole names all its names.
    if (c.weight > 0 && c.names.every(named)) clauseCoverage = Math.max(clauseCoverage, Math.min(1, held / c.weight));
  }
  // A long sentence may name more than a fact it holds whole ("the seventh member of the Association
  // of Southeast Asian Nations (ASEAN)"); it must still name everything the fact names.
  const has = (k: string): boolean => f.keys.has(k) || viaTopic.has(k);
  // The subject the claim leaves implied ("It has signed …") is not a name it leaves out.
  const holdsFact = (factCoverage >= HOLDS_FACT && f.statementNames.every(named)) || clauseCoverage >= HOLDS_CLAUSE;
  const namesOk = holdsFact || [...terms.names].every(has);
  distinctive += figures;
  // Places are compared on their own (plan-assertions.ts): a fact placing the event elsewhere is still about it.
  const about = Math.max(coverage, coreCoverage, factCoverage);
  // "To date, Vietnam has sent 789 officers …": a count of what a fact of the same subject and field
  // counts is about that fact's figure, whatever else the sentence names, if not another country.
  const sameCount = countsAlike && about >= MIN_COVERAGE_WITH_QUANTITY && [...terms.strictNames].every(has) &&
    (terms.subjectImplied || [...terms.subjectKeys].some(has)) && [...terms.domainKeys].some(has);
  // The very month ("November 13, 2020" against "in November 2020") says more than a year: any topic of the claim will do.
  // The very day ("departed … on April 27, 2022" against "marched … on 27 April 2022") names the event
  // whatever else the claim names: the same day's other news is rarely in the same few facts.
  const minAboutByDate =
    namesDate === 3 && topicShare > 0 ? MIN_COVERAGE_WITH_DAY
    : topicShare >= 1 ? MIN_COVERAGE_WITH_DATE
    : topicShare >= SIDE_TOPIC || (namesDate === 2 && topicShare > 0) || namesDate === 3 ? MIN_COVERAGE_WITH_DATE_SIDE_TOPIC
    : Infinity;
  const byDate = namesDate > 0 && (namesOk || namesDate === 3) && about >= minAboutByDate;
  const relevant = sameCount || byDate || namesOk && (
    (holdsFact && distinctive >= MIN_DISTINCTIVE) ||
    (figures === 2 && about >= MIN_COVERAGE_WITH_FIGURE) ||
    (about >= MIN_COVERAGE && otherCoverage >= MIN_COVERAGE * 0.8 && matched >= MIN_MATCHED && distinctive >= MIN_DISTINCTIVE) ||
    (topicShare > 0 && about >= MIN_COVERAGE_WITH_TOPIC));
  return { coverage, coreCoverage, factCoverage, clauseCoverage, about, matched, topicShare, relevant, byDate, figures, score: about + 0.5 * topicShare + 0.1 * figures };
}
