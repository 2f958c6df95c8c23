/**
 * Who a sentence says is speaking: "Mr. Son said …", "…, the Ministry of Foreign Affairs has
 * informed", "according to the index released by Lowy Institute", "Chủ tịch Đại hội đồng … thông
 * báo …", "selon l'ambassadrice …". The speaker is not what the claim asserts: a fact need not name
 * them, and their titles and names should not drown the words of the claim itself.
 */
import type { Language } from './languages/detect-language.js';

type Span = [number, number];

const END = String.raw`(?=[\s,.:;!?"“”]|$)`;
const SPEECH = {
  en: String.raw`(?:has |have |had )?(?:said|says|told|stated|noted|added|stressed|affirmed|emphasi[sz]ed|highlighted|announced|informed|reported|confirmed|revealed|explained|recalled|pointed out)`,
  vi: String.raw`(?:đã |cũng )?(?:cho biết|nói|khẳng định|nhấn mạnh|thông báo|phát biểu|chia sẻ|tuyên bố|bày tỏ|thông tin)`,
  fr: String.raw`(?:a|ont|avait)\s+(?:déclaré|affirmé|souligné|indiqué|annoncé|précisé|expliqué|rappelé|estimé|noté|ajouté)`,
} as const;
/** What opens the reported clause after a speech verb ("said that", "cho biết rằng", "a déclaré que"). */
const THAT = { en: String.raw`(?:that\s|:|,)`, vi: String.raw`(?:rằng\s|là\s|:|,)`, fr: String.raw`(?:que\s|qu['’]|:|,)` } as const;
/** Speech verbs that introduce what was said even without "that": "Mr. Son said Vietnam has …". */
const BARE = { en: /^(?:has |have |had )?(?:said|says)$/i, vi: /^(?:đã |cũng )?(?:cho biết|nói|thông báo|khẳng định)$/i, fr: /^$/ } as const;
const ACCORDING = { en: /\baccording to\s[^,;]{1,120}/giu, vi: /(?:^|,\s)[Tt]heo\s(?=\p{Lu}|số liệu|thông tin|báo cáo)[^,;]{1,80}(?=,)/gu, fr: /\bselon\s[^,;]{1,120}/giu } as const;
/** At most this many characters name the speaker (with their titles). */
const SPEAKER = 160;
/** An opening phrase this short, without figures, is the speaker's setting ("Dans son allocution,"). */
const OPENING_WORDS = 6;
/** … and this many words (Vietnamese writes a word in several syllables). */
const SPEAKER_WORDS = { en: 16, vi: 24, fr: 20 } as const;
/** What may follow the verb in a closing attribution: "said Mr. Son", "cho biết hôm thứ Năm". */
const AFTER_VERB = { en: 100, vi: 20, fr: 120 } as const;

export function attributionSpans(claim: string, language: Language): Span[] {
  const spans: Span[] = [];
  const speech = SPEECH[language];
  // The speaker before the verb, with any opening phrase: "Mr. Son said Vietnam has …", "Phát
  // biểu khai mạc hội nghị, Bộ trưởng … khẳng định …".
  const lead = new RegExp(String.raw`^((?:[^,]{0,60},\s*){0,2}?)([^"“”\d]{1,${SPEAKER}}?)\s(${speech})${END}\s*(${THAT[language]})?`, 'iu');
  const m = lead.exec(claim);
  // A speaker is a few words and gives no figure; anything longer is the claim itself ("Vietnam has sent …, he said, adding …").
  const speaker = m?.[2];
  const plausible = speaker !== undefined && !/\d/.test(speaker) && speaker.split(/\s+/).length <= SPEAKER_WORDS[language];
  if (m && plausible && (m[4] || BARE[language].test(m[3]!)) && claim.length - m[0].length > 20) {
    // An opening phrase ("Dans son allocution,") goes with the speaker; one that states something ("Vietnam has sent 500 officers …, he said") does not.
    const opening = m[1]!;
    const from = /\d/.test(opening) || opening.split(/\s+/).length > OPENING_WORDS ? opening.length : 0;
    spans.push([from, opening.length + speaker.length + 1 + m[3]!.length]);
  }
  // The speaker after what was said: "…, the Ministry of Foreign Affairs (MOFA) has informed.",
  // "…, said Mr. Son.", "…, a déclaré le ministre Ngô Xuân Lich.", "…, Hội đồng Bảo an LHQ cho biết hôm thứ Năm."
  const trailing = new RegExp(String.raw`[,“”"]\s*((?:[^,]{1,${SPEAKER}}?\s)?${speech}(?:\s(?!${THAT[language]})[^,]{1,${AFTER_VERB[language]}})?)\s*[.!]?\s*$`, 'iu');
  const t = trailing.exec(claim);
  if (t && t.index > 20 && !spans.some(([, end]) => end > t.index)) spans.push([t.index, claim.length]);
  for (const a of claim.matchAll(ACCORDING[language])) spans.push([a.index, a.index + a[0].length]);
  return spans;
}
