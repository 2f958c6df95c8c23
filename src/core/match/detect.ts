/**
 * Mention detection: one automaton pass over the text, then disambiguation of ambiguous aliases
 * by their context, then overlap resolution (longest mention wins). Pure: text in, mentions out.
 */
import type { Lexicon, ClaimData } from './lexicon.js';
import { scanText, type RawHit } from './scan.js';

/** How far (in characters of original text, each side) context is looked for. */
export const CONTEXT_WINDOW = 400;
/** One word without a capital: "kim", "may". */
const LOWERCASE_WORD = /^[\p{Ll}\p{M}]+$/u;

export interface MentionWhy {
  /** The corpus alias that matched. */
  alias: string;
  /** For an ambiguous alias: why it is ambiguous, and what confirmed it. */
  ambiguous?: string;
  context?: { term: string; where: 'near' | 'title' | 'page' };
}

export interface Mention {
  start: number;
  end: number;
  /** The text as it appears on the page. */
  surface: string;
  topic: string;
  why: MentionWhy;
}

export interface DetectOptions {
  /** The page title (counts as context everywhere on the page). */
  title?: string;
  /** Topic ids already found unambiguously elsewhere on the page (for incremental scans). */
  pageTopics?: Iterable<string>;
  /** Aliases (as written in the corpus, per topic) the user asked never to mark. */
  isMuted?: (topic: string, alias: string) => boolean;
  /**
   * Accept an ambiguous name with no context for it when one reading alone is not excluded: for a
   * claim the user asked Gloss to check (one sentence, chosen because it is about the corpus's
   * subject), not for marking pages.
   */
  withoutContext?: boolean;
}

interface Candidate { hit: RawHit; claims: ClaimData[] }

/** Every context term present in `text`, by term id, with the words that matched. */
function termsIn(lex: Lexicon, text: string): Map<number, string> {
  const found = new Map<number, string>();
  scanText(lex.automaton, text, (h) => {
    const t = lex.data.patterns[h.pattern]!.term;
    if (t !== undefined) found.set(t, text.slice(h.start, h.end));
  });
  return found;
}

/** Longest distance between a hit's start and end that the search below allows for. */
const MAX_HIT_LENGTH = 1000;

/**
 * The hit of a term nearest to [start, end), within the window, with its distance. Hits come in
 * order of their end, so a binary search finds the first that can be near; the scan stops once
 * hits are past the window. (A linear pass made pages with 100,000 mentions quadratic.)
 */
function nearestHit(hits: RawHit[] | undefined, start: number, end: number): { hit: RawHit; distance: number } | undefined {
  if (!hits || hits.length === 0) return undefined;
  let lo = 0;
  let hi = hits.length;
  const from = start - CONTEXT_WINDOW;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.end < from) lo = mid + 1;
    else hi = mid;
  }
  let best: { hit: RawHit; distance: number } | undefined;
  for (let i = lo; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.end > end + CONTEXT_WINDOW + MAX_HIT_LENGTH) break;
    const d = h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
    if (!best || d < best.distance) best = { hit: h, distance: d };
  }
  return best && best.distance <= CONTEXT_WINDOW ? best : undefined;
}

/** Collects a scan's hits: alias candidates and context-term positions. */
export class HitCollector {
  readonly candidates: Candidate[] = [];
  readonly termHits = new Map<number, RawHit[]>();
  constructor(private readonly lex: Lexicon) {}
  readonly add = (hit: RawHit): void => {
    const p = this.lex.data.patterns[hit.pattern]!;
    if (p.term !== undefined) {
      let list = this.termHits.get(p.term);
      if (!list) this.termHits.set(p.term, (list = []));
      list.push(hit);
    }
    if (p.claims) this.candidates.push({ hit, claims: p.claims });
  };
}

export function detectMentions(lex: Lexicon, text: string, options: DetectOptions = {}): Mention[] {
  const hits = new HitCollector(lex);
  scanText(lex.automaton, text, hits.add);
  return resolveMentions(lex, hits, (s, e) => text.slice(s, e), options);
}

/** Disambiguates collected hits and resolves overlaps. `surface` gives the text of a range. */
export function resolveMentions(
  lex: Lexicon,
  hits: HitCollector,
  surface: (start: number, end: number) => string,
  options: DetectOptions = {},
): Mention[] {
  const resolver = new MentionResolver(lex, hits, surface, options);
  resolver.run();
  return resolver.mentions;
}

/**
 * `resolveMentions` in resumable steps, for a page with tens of thousands of hits: the content
 * script runs it in idle-time slices. Unambiguous hits first (they are context for the others:
 * a topic named plainly anywhere on the page), then ambiguous ones, then overlaps.
 */
export class MentionResolver {
  private readonly accepted: Mention[] = [];
  private readonly pageTopics = new Set<number>();
  private readonly ambiguous: Candidate[] = [];
  /** Ambiguous hits no context resolved on the first pass, and the topics that pass marked. */
  private readonly unresolved: Candidate[] = [];
  private readonly resolvedTopics = new Set<number>();
  private titleTerms?: Map<number, string>;
  private next = 0;
  private nextAmbiguous = 0;
  private secondPass = false;
  private nextUnresolved = 0;
  private result?: Mention[];

  constructor(
    private readonly lex: Lexicon,
    private readonly hits: HitCollector,
    private readonly surface: (start: number, end: number) => string,
    private readonly options: DetectOptions = {},
  ) {
    const known = new Set(options.pageTopics ?? []);
    lex.data.topics.forEach((t, i) => { if (known.has(t.id)) this.pageTopics.add(i); });
  }

  /** The mentions, once `run` has returned true. */
  get mentions(): Mention[] {
    if (!this.result) throw new Error('MentionResolver: not finished');
    return this.result;
  }

  /** Works until done or `keepGoing()` returns false (asked every 64 hits); returns whether done. */
  run(keepGoing: () => boolean = () => true): boolean {
    if (this.result) return true;
    const { candidates } = this.hits;
    let budget = 64;
    while (this.next < candidates.length) {
      if (--budget === 0) {
        budget = 64;
        if (!keepGoing()) return false;
      }
      const c = candidates[this.next++]!;
      const claim = c.claims.length === 1 && !c.claims[0]!.amb ? c.claims[0]! : undefined;
      if (!claim) {
        this.ambiguous.push(c);
        continue;
      }
      const surface = this.surface(c.hit.start, c.hit.end);
      if (!this.isMuted(claim, surface)) {
        this.accepted.push(this.make(c.hit, claim, surface));
        this.pageTopics.add(claim.topic);
      }
    }
    if (this.ambiguous.length) this.titleTerms ??= this.options.title ? termsIn(this.lex, this.options.title) : new Map();
    while (this.nextAmbiguous < this.ambiguous.length) {
      if (--budget === 0) {
        budget = 64;
        if (!keepGoing()) return false;
      }
      const c = this.ambiguous[this.nextAmbiguous++]!;
      if (!this.resolveAmbiguous(c)) this.unresolved.push(c);
    }
    // What the first pass marked is context for the rest ("a second summit between … Donald Trump
    // and … Kim Jong-un": the summit, once marked, is Trump's context): one more pass, no further.
    if (!this.secondPass) {
      this.secondPass = true;
      for (const t of this.resolvedTopics) this.pageTopics.add(t);
    }
    while (this.resolvedTopics.size > 0 && this.nextUnresolved < this.unresolved.length) {
      if (--budget === 0) {
        budget = 64;
        if (!keepGoing()) return false;
      }
      this.resolveAmbiguous(this.unresolved[this.nextUnresolved++]!);
    }
    this.result = resolveOverlaps(this.accepted);
    return true;
  }

  // The compact lexicon carries no alias texts: the page's words then stand for the alias.
  private static aliasOf(claim: ClaimData, surface: string): string {
    return claim.alias ?? surface.replace(/\s+/g, ' ');
  }

  private isMuted(claim: ClaimData, surface: string): boolean {
    const muted = this.options.isMuted;
    return muted !== undefined && muted(this.lex.data.topics[claim.topic]!.id, MentionResolver.aliasOf(claim, surface));
  }

  private make(hit: RawHit, claim: ClaimData, surface: string, context?: MentionWhy['context']): Mention {
    const why: MentionWhy = { alias: MentionResolver.aliasOf(claim, surface) };
    if (claim.amb) why.ambiguous = claim.ambiguous ?? 'this name also means other things';
    if (context) why.context = context;
    return { start: hit.start, end: hit.end, surface, topic: this.lex.data.topics[claim.topic]!.id, why };
  }

  /** Marks an ambiguous hit if its context says which topic it means; returns whether it did. */
  private resolveAmbiguous({ hit, claims }: Candidate): boolean {
    const { topics, terms } = this.lex.data;
    const { termHits } = this.hits;
    const surface = this.surface(hit.start, hit.end);
    let best: { claim: ClaimData; distance: number; context: NonNullable<MentionWhy['context']> } | undefined;
    let tie = false;
    for (const claim of claims) {
      if (this.isMuted(claim, surface)) continue;
      if (claim.exclude?.some((t) => nearestHit(termHits.get(t), hit.start, hit.end))) continue;
      let found: { distance: number; context: NonNullable<MentionWhy['context']> } | undefined;
      for (const t of claim.context ?? []) {
        const near = nearestHit(termHits.get(t), hit.start, hit.end);
        if (near && near.distance < (found?.distance ?? Infinity)) {
          found = { distance: near.distance, context: { term: terms[t] ?? this.surface(near.hit.start, near.hit.end), where: 'near' } };
        }
      }
      if (!found) {
        const t = claim.context?.find((id) => this.titleTerms!.has(id));
        if (t !== undefined) found = { distance: CONTEXT_WINDOW + 1, context: { term: terms[t] ?? this.titleTerms!.get(t)!, where: 'title' } };
      }
      if (!found) {
        const ref = claim.contextTopics?.find((i) => this.pageTopics.has(i) && i !== claim.topic);
        if (ref !== undefined) found = { distance: CONTEXT_WINDOW + 2, context: { term: topics[ref]!.name ?? topics[ref]!.id, where: 'page' } };
      }
      // One sense per page: once a page names the topic unambiguously ("Chỉ thị 25-CT/TW"), its
      // short forms there mean the same ("Chỉ thị 25"), unless an exclusion is near.
      if (!found && this.pageTopics.has(claim.topic)) {
        found = { distance: CONTEXT_WINDOW + 3, context: { term: topics[claim.topic]!.name ?? topics[claim.topic]!.id, where: 'page' } };
      }
      // Read without context, a lone word in lowercase is a common word, not the name it may be ("kim chỉ nam", a guideline, is no Kim).
      if (!found && this.options.withoutContext && !LOWERCASE_WORD.test(surface)) found = { distance: Infinity, context: { term: '', where: 'page' } };
      if (!found) continue;
      if (!best || found.distance < best.distance) { best = { claim, ...found }; tie = false; }
      else if (found.distance === best.distance) tie = true;
    }
    // Two readings equally supported: a wrong card is worse than no card.
    if (!best || tie) return false;
    this.accepted.push(this.make(hit, best.claim, surface, best.distance === Infinity ? undefined : best.context));
    this.resolvedTopics.add(best.claim.topic);
    return true;
  }
}

/**
 * Keeps the non-overlapping mentions that cover the most text (then the fewest, then the leftmost),
 * returned in text order. Longest-first alone lost a name to a longer neighbour sharing one word
 * ("Bệnh viện dã chiến đầu tiên của [Việt Nam] tham gia Lực lượng ... Liên hợp quốc": the hospital
 * and the UN force both stay, not the span across them).
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  if (mentions.length < 2) return mentions;
  const byStart = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Mention[] = [];
  let i = 0;
  while (i < byStart.length) {
    let j = i + 1;
    let clusterEnd = byStart[i]!.end;
    while (j < byStart.length && byStart[j]!.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, byStart[j]!.end);
      j++;
    }
    if (j - i === 1) result.push(byStart[i]!);
    else result.push(...bestCover(byStart.slice(i, j)));
    i = j;
  }
  return result;
}

interface Cover { covered: number; count: number; start: number; /** The last mention taken, and the cover before it. */ last?: Mention; prev?: Cover }

const better = (a: Cover, b: Cover): boolean =>
  a.covered !== b.covered ? a.covered > b.covered : a.count !== b.count ? a.count < b.count : a.start < b.start;

/** Weighted interval scheduling over one cluster of overlapping mentions, in n log n. */
function bestCover(cluster: Mention[]): Mention[] {
  const byEnd = [...cluster].sort((a, b) => a.end - b.end || a.start - b.start);
  // best[k]: the best cover of the first k mentions by end.
  const best: Cover[] = [{ covered: 0, count: 0, start: Infinity }];
  for (let k = 0; k < byEnd.length; k++) {
    const m = byEnd[k]!;
    // The mentions ending at or before m starts: a prefix of byEnd, found by binary search.
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = best[lo]!;
    const take: Cover = { covered: prev.covered + (m.end - m.start), count: prev.count + 1, start: Math.min(prev.start, m.start), last: m, prev };
    best.push(better(take, best[k]!) ? take : best[k]!);
  }
  const picked: Mention[] = [];
  for (let c: Cover | undefined = best[byEnd.length]; c?.last; c = c.prev) picked.push(c.last);
  return picked.reverse();
}
