/**
 * Content words for relevance: folded (`foldKey`), common phrases and Vietnamese words mapped to
 * one English key ("Viet Nam" → vietnam, "Liên Hợp Quốc" → un, "sĩ quan" → officer), stopwords
 * dropped, lightly stemmed, with a few synonyms merged (sent/dispatched/deployed → deploy;
 * troops/soldiers/peacekeepers → personnel).
 */
import { foldKey } from '../text/fold.js';

/** Folded phrase → key(s); applied before splitting into words, longest first. */
const PHRASES: [string, string][] = ([
  ['viet nam', 'vietnam'], ['united nations', 'un'], ['united states', 'us'], ['u s', 'us'], ['north korea', 'dprk'],
  ['democratic people s republic of korea', 'dprk'], ['security council', 'unsc'], ['ha noi', 'hanoi'], ['blue helmets', 'personnel'],
  ['blue helmet', 'personnel'], ['per cent', ''], ['lien hop quoc', 'un'], ['gin giu hoa binh', 'peacekeeping'], ['si quan', 'officer'],
  ['quan nhan', 'personnel'], ['binh si', 'soldier'], ['chien si', 'soldier'], ['benh vien da chien', 'field hospital'],
  ['nam sudan', 'south sudan'], ['cong hoa trung phi', 'central african republic'], ['trung phi', 'central african'],
  ['phu nu', 'women'], ['trien khai', 'deploy'], ['phai bo', 'mission'], ['chi thi', 'directive'], ['nghi quyet', 'resolution'],
  ['quoc hoi', 'national assembly'], ['hoa giai', 'mediation'], ['hoi nghi', 'conference'], ['ngoai giao', 'diplomacy'],
  ['bo quoc phong', 'ministry defence'], ['quoc phong', 'defence'], ['hoi dong bao an', 'unsc'], ['trieu tien', 'dprk'],
  ['han quoc', 'south korea'], ['trung quoc', 'china'], ['tham gia', 'participation'], ['gao', 'rice'], ['nu', 'women'],
  ['memorandums of understanding', 'mou'], ['memoranda of understanding', 'mou'], ['memorandum of understanding', 'mou'],
  ['european union', 'eu'], ['united nations development programme', 'undp'], ['women peace and security', 'wps'],
  ['association of southeast asian nations', 'asean'], ['unpkos', 'un peacekeeping'], ['unpko', 'un peacekeeping'],
  ['pkos', 'peacekeeping'], ['pko', 'peacekeeping'], ['cong binh', 'engineer'], ['bac si', 'doctor'], ['luc luong', 'force'],
  ['quan doi', 'army'], ['hoat dong', 'operation'], ['nhan vien y te', 'medical staff'], ['chu tich', 'chair'],
  ['bat dau', 'begin'], ['gia nhap', 'member'], ['thanh vien', 'member'], ['ban hanh', 'issue'], ['thong qua', 'pass'], ['ky ket', 'sign'],
  ['cap do 2', 'level 2'], ['vien tro', 'aid'], ['ty le', 'share'], ['cu', 'deploy'], ['giai doan', ''], ['phan tram', ''], ['quan doi nhan dan', 'people s army'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

const STOPWORDS = new Set(`
a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so
some such than that the their them then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours per cent percent pct since yet still ever already
according said says say told stated state states claim claims reportedly also around approximately nearly almost about
one two three four five six seven eight nine ten eleven twelve hundred thousand million billion first second third
january february march april may june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec year years today yesterday currently recently new total number numbers overall some many much several
whole least less fewer far s t make makes made making take takes took taken get gets got become becomes became put puts usd vnd eur us$ dollar dollars
luot ngay thang duoc da cua va cac nhung la co duoc trong tu den voi cho nam mot nay do nhu the ve tai ra vao len khi se dang nhieu hon tren
duoi gan khoang hai ba bon sau bay tam chin muoi muoi tram nghin ngan trieu ty
`.split(/\s+/).filter(Boolean));

/** Merged words, keyed by their folded form before stemming. */
const SYNONYMS: Record<string, string> = {
  sent: 'deploy', send: 'deploy', sends: 'deploy', sending: 'deploy', dispatched: 'deploy', dispatch: 'deploy', dispatches: 'deploy',
  dispatching: 'deploy', deployed: 'deploy', deploys: 'deploy', deploying: 'deploy', deployment: 'deploy', deployments: 'deploy',
  troop: 'personnel', troops: 'personnel', soldier: 'personnel', soldiers: 'personnel', peacekeeper: 'personnel',
  peacekeepers: 'personnel', servicemen: 'personnel', serviceman: 'personnel',
  woman: 'women', female: 'women', females: 'women', vietnamese: 'vietnam', african: 'africa', american: 'us', americans: 'us',
  korean: 'korea', chinese: 'china', french: 'france', japanese: 'japan', sapper: 'engineer', sappers: 'engineer',
  medic: 'doctor', medics: 'doctor', physician: 'doctor', physicians: 'doctor', tonne: 'ton', tonnes: 'ton', tons: 'ton',
  organized: 'organise', organised: 'organise', organizing: 'organise', organising: 'organise', organize: 'organise',
  want: 'aim', wants: 'aim', wanted: 'aim', aims: 'aim', aimed: 'aim', seek: 'aim', seeks: 'aim', goal: 'aim', goals: 'aim',
  ties: 'relation', tie: 'relation', give: 'aid', gave: 'aid', given: 'aid', gives: 'aid', giving: 'aid', donate: 'aid',
  donated: 'aid', donates: 'aid', donation: 'aid', donations: 'aid', memorandum: 'mou', memorandums: 'mou', memoranda: 'mou',
  began: 'begin', begins: 'begin', beginning: 'begin', start: 'begin', started: 'begin', starts: 'begin', starting: 'begin',
  join: 'member', joined: 'member', joins: 'member', joining: 'member', accession: 'member', membership: 'member',
  members: 'member', chaired: 'chair', chairs: 'chair', chairing: 'chair', chairmanship: 'chair', chairmanships: 'chair', mous: 'mou',
  defense: 'defence', programs: 'programme', program: 'programme', centre: 'center', centres: 'center',
};

export function stem(w: string): string {
  const syn = SYNONYMS[w];
  if (syn) return syn;
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && /(ss|x|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 6 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 5 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 7 && s.endsWith('ment')) s = s.slice(0, -4);
  return SYNONYMS[s] ?? s;
}

const PHRASE_WORDS: [string[], string[]][] = PHRASES.map(([from, to]) => [from.split(' '), to ? to.split(' ') : []]);

export interface KeyedWord {
  key: string;
  /** Offsets of the word (or phrase) in the original text. */
  start: number;
  end: number;
  /** Written with a capital or in capitals. */
  capitalised: boolean;
  /** First word of its sentence (a capital there says little). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The content words of a text, in order, with offsets; phrases mapped, stopwords dropped, stemmed. */
export function keyedWords(text: string): KeyedWord[] {
  const words: { folded: string; start: number; end: number; capitalised: boolean; sentenceStart: boolean }[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const between = prevEnd < 0 ? '' : text.slice(prevEnd, m.index);
    const sentenceStart = prevEnd < 0 || /[.!?]["”’)]?\s+$/.test(between);
    for (const folded of foldKey(m[0]).split(' ')) {
      if (folded) words.push({ folded, start: m.index, end: m.index + m[0].length, capitalised: /^\p{Lu}/u.test(m[0]), sentenceStart });
    }
    prevEnd = m.index + m[0].length;
  }
  const out: KeyedWord[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    const phrase = PHRASE_WORDS.find(([from]) => from.every((f, k) => words[i + k]?.folded === f));
    if (phrase) {
      const last = words[i + phrase[0].length - 1]!;
      for (const key of phrase[1]) out.push({ key: stem(key), start: w.start, end: last.end, capitalised: w.capitalised, sentenceStart: w.sentenceStart });
      i += phrase[0].length;
      continue;
    }
    i++;
    if (STOPWORDS.has(w.folded) || /^\d/.test(w.folded) || w.folded.length < 2) continue;
    out.push({ key: stem(w.folded), start: w.start, end: w.end, capitalised: w.capitalised, sentenceStart: w.sentenceStart });
  }
  return out;
}

/** The content-word keys of a text. */
export function contentKeys(text: string): string[] {
  return keyedWords(text).map((w) => w.key);
}
