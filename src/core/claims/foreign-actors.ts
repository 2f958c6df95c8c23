/**
 * Who a claim is about: Vietnam (the corpus's subject), another country ("760 soldats ...
 * marocains ont rejoint la Minusca", "Japan began sending a civil engineering unit to South
 * Sudan"), or neither.
 */
import { foldKey } from '../text/fold.js';
import { PhraseTable } from '../text/phrase-table.js';

/**
 * Other countries and their people, in the three languages (folded). Words that are also common
 * words once folded ("us", "my" = Mỹ, "anh" = Anh, "nga" = Nga, also a given name) are left out:
 * their longer forms ("united states", "hoa ky", "american") stand for them.
 */
const FOREIGN = `
china, chinese, chinois, chinoise, trung quoc, japan, japanese, japon, japonais, japonaise, nhat ban, india, indian, indians,
inde, indien, indiens, indienne, an do, bangladesh, bangladeshi, bangladais, pakistan, pakistani, pakistanais, nepal, nepalese,
nepalais, rwanda, rwandan, rwandais, ethiopia, ethiopian, ethiopie, ethiopien, ghana, ghanaian, ghaneen, senegal, senegalese,
senegalais, senegalaise, morocco, moroccan, maroc, marocain, marocains, marocaine, indonesia, indonesian, indonesie, indonesien,
korea, korean, coree, coreen, han quoc, thailand, thai, thailande, thailandais, thai lan, cambodia, cambodian, cambodge,
cambodgien, campuchia, laos, laotian, laotien, malaysia, malaysian, malaisie, malaisien, philippines, filipino, philippin,
philippins, united states, american, americans, americain, americains, hoa ky, etats unis, france, french, francais, britain,
british, united kingdom, britannique, russia, russian, russie, russe, egypt, egyptian, egypte, egyptien, kenya, kenyan, tanzania,
tanzanian, tanzanien, uruguay, uruguayan, burkina faso, burkinabe, chad, chadian, tchad, tchadien, togo, togolese, togolais,
niger, nigerien, nigeria, nigerian, mongolia, mongolian, mongolie, mongol, fiji, fijian, fidji, brazil, brazilian, bresil,
bresilien, germany, german, allemagne, allemand, ireland, irish, irlande, irlandais, italy, italian, italie, italien`;
const SUBJECT = 'vietnam, viet nam, vietnamese, vietnamien, vietnamienne, vietnamiens, vietnamiennes, hanoi, ha noi';

const ACTORS = new PhraseTable<'foreign' | 'subject'>([
  ...FOREIGN.split(',').map((p) => [p.trim(), 'foreign'] as const),
  ...SUBJECT.split(',').map((p) => [p.trim(), 'subject'] as const),
]);

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
    const hit = ACTORS.at(words, i);
    if (!hit) continue;
    if (hit.value === 'subject') actors.subject = true;
    else actors.foreignWords.push(...hit.words);
    i += hit.words.length - 1;
  }
  actors.foreign = actors.foreignWords.length > 0;
  return actors;
}
