/**
 * Who a claim is about: Vietnam (the corpus's subject), another country ("760 soldats ...
 * marocains ont rejoint la Minusca", "Japan began sending a civil engineering unit to South
 * Sudan"), or neither.
 */
import { foldKey } from '../text/fold.js';

const FOREIGN = new Set(`
china chinese chinois chinoise trung quoc japan japanese japon japonais japonaise nhat ban india indian indians inde indien
indiens indienne an do bangladesh bangladeshi bangladais pakistan pakistani pakistanais nepal nepalese nepalais rwanda rwandan
rwandais ethiopia ethiopian ethiopie ethiopien ghana ghanaian ghaneen senegal senegalese senegalais senegalaise morocco moroccan
maroc marocain marocains marocaine indonesia indonesian indonesie indonesien korea korean coree coreen han quoc thailand thai
thailande thailandais thai lan cambodia cambodian cambodge cambodgien campuchia laos laotian laotien lao malaysia malaysian
malaisie malaisien philippines filipino philippin philippins us american americans americain americains my hoa ky france
french francais britain british uk britannique anh russia russian russie russe nga egypt egyptian egypte egyptien kenya
kenyan kenyan tanzania tanzanian tanzanien uruguay uruguayan burkina faso burkinabe chad chadian tchad tchadien togo togolese
togolais niger nigerien nigeria nigerian mongolia mongolian mongolie mongol fiji fijian fidji brazil brazilian bresil bresilien
germany german allemagne allemand ireland irish irlande irlandais italy italian italie italien`.split(/\s+/).filter(Boolean));
/** Vietnamese country names are two syllables: these need both. */
const FOREIGN_PAIRS = new Set(['trung quoc', 'nhat ban', 'an do', 'han quoc', 'thai lan', 'hoa ky', 'burkina faso']);
const SUBJECT = new Set(['vietnam', 'vietnamese', 'vietnamien', 'vietnamienne', 'vietnamiens', 'vietnamiennes', 'hanoi']);
const SUBJECT_PAIRS = new Set(['viet nam', 'ha noi']);
/** Short Vietnamese syllables that are countries only as a pair. */
const PAIR_ONLY = new Set(['trung', 'quoc', 'nhat', 'ban', 'an', 'do', 'han', 'thai', 'lan', 'hoa', 'ky', 'burkina', 'faso']);

export interface Actors {
  /** Names Vietnam (the corpus's subject). */
  subject: boolean;
  /** Names another country or nationality. */
  foreign: boolean;
  /** The folded words naming them. */
  foreignWords: string[];
}

export function actorsIn(text: string): Actors {
  const words = foldKey(text).split(' ');
  const actors: Actors = { subject: false, foreign: false, foreignWords: [] };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const pair = `${w} ${words[i + 1] ?? ''}`;
    if (SUBJECT.has(w) || SUBJECT_PAIRS.has(pair)) actors.subject = true;
    if (FOREIGN_PAIRS.has(pair)) actors.foreignWords.push(...pair.split(' '));
    else if (FOREIGN.has(w) && !PAIR_ONLY.has(w)) actors.foreignWords.push(w);
  }
  actors.foreign = actors.foreignWords.length > 0;
  return actors;
}
