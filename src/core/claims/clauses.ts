/**
 * The clause of a claim that a figure stands in: "This year, the chairmanship of ASEAN has been
 * taken up by Vietnam | , which is its third time | since the country joined ASEAN 25 years ago".
 * A date is the date of what its own clause says, not of what another clause of the sentence says.
 */

/** Before each of these a new clause begins: sentence punctuation, coordinating and subordinating words. */
const BOUNDARY = new RegExp(
  [
    '[;!?](?=\\s)',
    // A full stop ends a sentence, not an abbreviation ("No. 25", "U.N. field hospital", "Maj. Nguyen").
    '(?<!\\b(?:No|no|Mr|Mrs|Ms|Dr|St|Gen|Col|Maj|Lt|Capt|Sr|Jr|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\\p{Lu})\\.(?=\\s+\\p{Lu})',
    ',\\s*(?=(?:and|but|while|whereas|which|who|et|mais|qui|và|nhưng)\\s)',
    // "but", "whereas" join clauses; a bare "and" joins names as often ("Trump and Kim").
    '\\s(?=(?:but|whereas|mais|nhưng)\\s)',
    // "since 2014", "after 2018" are date phrases, not clauses.
    '\\s(?=(?:since|after)\\s(?!\\d))',
    '\\s(?=(?:when|while|whereas|because|khi|sau khi|cũng như|bởi vì|depuis que|lorsque|après que|tandis que|parce que)\\s)',
  ].join('|'),
  'giu',
);

/** Whether text[a] and text[b] stand in different clauses. */
export function clausesApart(text: string, a: number, b: number): boolean {
  const [from, to] = clauseAround(text, Math.min(a, b), Math.min(a, b));
  const other = Math.max(a, b);
  return other < from || other >= to;
}

/**
 * "Since the nation sent its first personnel in June 2014, | its participation …": a sentence that
 * opens with a subordinate clause goes on after its first comma.
 */
const OPENING_CLAUSE = /^(?:since|when|after|although|while|because|once|following|starting with|beginning with|starting from|khi|sau khi|sau|kể từ khi|từ khi|bắt đầu từ|depuis que|lorsque|quand|après que|après|alors que|bien que|à partir de)\s(?!\d)[^,;]{8,},/iu;

/** Where each clause boundary of a text starts and ends ([index, index + length]), in order; the last text's are kept. */
let cached: { text: string; bounds: [number, number][] } | undefined;
function boundaries(text: string): [number, number][] {
  if (cached?.text === text) return cached.bounds;
  const bounds: [number, number][] = [...text.matchAll(BOUNDARY)].map((m) => [m.index, m.index + m[0].length]);
  const opening = OPENING_CLAUSE.exec(text);
  if (opening) {
    const comma = opening[0].length - 1;
    bounds.push([comma, comma + 1]);
    bounds.sort((a, b) => a[0] - b[0]);
  }
  cached = { text, bounds };
  return bounds;
}

/** [from, to) of the clause holding text[start, end). */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const [at, after] of boundaries(text)) {
    if (after <= start) from = after;
    else if (at >= end) { to = at; break; }
  }
  return [from, to];
}

/** The clauses of a text, [from, to) each, in order. */
export function clausesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const [at, after] of boundaries(text)) {
    if (at > from) out.push([from, at]);
    from = after;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

/** A clause that dates or places another event than the sentence's: "after the two leaders met in Singapore", "Sau cuộc gặp …". */
export const SUBORDINATE = /^[\s,]*(?:after|before|since|following|when|sau khi|sau|trước khi|après|avant)\s/iu;
