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
    // "Since the nation sent its first personnel in June 2014, | its participation …": a sentence
    // that opens with a subordinate clause goes on after its first comma.
    '(?<=^(?:since|when|after|although|while|because|once|khi|sau khi|kể từ khi|từ khi|depuis que|lorsque|quand|après que|alors que|bien que)\\s(?!\\d)[^,;]{8,}),',
  ].join('|'),
  'giu',
);

/** Whether text[a] and text[b] stand in different clauses. */
export function clausesApart(text: string, a: number, b: number): boolean {
  const [from, to] = clauseAround(text, Math.min(a, b), Math.min(a, b));
  const other = Math.max(a, b);
  return other < from || other >= to;
}

/** [from, to) of the clause holding text[start, end). */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index + m[0].length;
    if (at <= start) from = at;
    else if (m.index >= end) { to = m.index; break; }
  }
  return [from, to];
}
