/**
 * Numbered things ("Level-2 Field Hospital No. 1", "Đội Công binh số 3"): which numbered one a
 * claim names, and whether a fact is about another one of the same family. Topics of numbered
 * things end in their number (`level-2-field-hospital-2`); their family is the id without it.
 */
import type { Mention } from '../match/detect.js';
import type { IndexedFact } from './claim-index.js';

/** A number in or right after a name ("… No 4", "… N°6", "… Rotation 6", "Đội Công binh số 2"). */
const NUMBER_AFTER_NAME = /(?<![\p{L}])(?:No\.?|N°|n°|numéro|number|Rotation|rotation|số)\s*(\d{1,2})(?!\d)/u;
/** How far after a mention its number may stand. */
const NUMBER_REACH = 16;

/** The family of a numbered topic id ("level-2-field-hospital-2" → "level-2-field-hospital"). */
const familyOf = (id: string): string | undefined => (/-\d{1,2}$/.test(id) ? id.replace(/-\d{1,2}$/, '') : undefined);

export interface NumberedSiblings {
  /** A fact mainly about another numbered one of a family the claim names one of ("hospital No. 1" for No. 2). */
  other: (f: IndexedFact) => boolean;
  /** The claim names a numbered one the sources have no topic for (hospital No. 7, a third engineering rotation). */
  unknown: boolean;
}

/**
 * `topics`: the topics the claim mentions; `known`: whether a topic id exists.
 * (Numbered, not dated: the 2008–09 and 2020–21 seats are one seat at two times, which a claim may set side by side.)
 */
export function numberedSiblings(claim: string, mentions: readonly Mention[], topics: readonly string[], known: (id: string) => boolean): NumberedSiblings {
  const families = new Set(topics.map(familyOf).filter((x): x is string => x !== undefined));
  const named = new Set<string>();
  for (const m of mentions) {
    // A mention of a numbered one ("Bệnh viện dã chiến cấp 2 số 3") names it already.
    if (familyOf(m.topic) !== undefined) continue;
    const n = NUMBER_AFTER_NAME.exec(claim.slice(m.start, m.end + NUMBER_REACH))?.[1];
    // Of a family the sources number, any one; of one they give no numbers for, a second or later one.
    if (n === undefined || !(known(`${m.topic}-1`) || Number(n) >= 2)) continue;
    families.add(m.topic);
    named.add(`${m.topic}-${Number(n)}`);
  }
  return {
    other: (f) => {
      const main = f.fact.topics[0];
      const family = main === undefined ? undefined : familyOf(main);
      return family !== undefined && families.has(family) && !topics.includes(main!) && !named.has(main!);
    },
    unknown: [...named].some((id) => !known(id)),
  };
}
