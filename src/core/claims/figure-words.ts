/** Word tables for figure extraction (lowercase, NFC; Vietnamese with its diacritics). */
import type { FigureBound } from './types.js';
import { wordTable } from '../text/word-table.js';

/** Month names in English and French → month number. */
export const MONTH_NUMBERS: Record<string, number> = wordTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
  december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
});

/** Month names, and the Vietnamese "tháng" (month) before a month number. */
export const MONTHS = new Set([...Object.keys(MONTH_NUMBERS), 'tháng']);
/** A regex group `month` matching any month name of MONTH_NUMBERS, longest first ("sept" before "sep"). */
export const MONTH_GROUP = `(?<month>${Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|')})`;

/** French nouns of an approximate number: "une quarantaine de militaires" (about 40). */
export const APPROXIMATE_NOUNS: Record<string, number> = wordTable({
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60,
  centaine: 100, millier: 1000,
});

/** What joins a part to its total: "192 out of 193 votes", "81 trong tổng số 529", "156 des 184 membres", "23 of 166". */
export const OUT_OF: string[][] = ([
  ['out', 'of'], ['out', 'of', 'a', 'total', 'of'], ['out', 'of', 'the'], ['of'], ['of', 'the'], ['trong', 'tổng', 'số'], ['trên', 'tổng', 'số'],
  ['trong', 'số'], ['trong'], ['trên'], ['sur'], ['sur', 'un', 'total', 'de'], ['des'], ['parmi', 'les'],
] as string[][]).sort((a, b) => b.length - a.length);

/** "the number of officers ... to 19": the phrase that names what a bare number counts. */
export const NUMBER_OF: string[][] = [['number', 'of'], ['nombre', 'de'], ['nombre', 'd', "'"], ['số', 'lượng'], ['tổng', 'số']];

/** Words after which a number names something rather than counts it ("Directive 25", "level 2", "p. 473"). */
export const ID_PREFIXES = new Set([
  'resolution', 'resolutions', 'directive', 'decision', 'decree', 'circular', 'article', 'nos', 'number', 'level', 'page', 'pages',
  'p', 'pp', 'vol', 'volume', 'issue', 'chapter', 'section', 'clause', 'paragraph', 'annex', 'phase', 'grade', 'class',
  'version', 'route', 'highway', 'flight', 'room', 'tier', 'category', 'perspective', 'item', 'figure', 'table', 'footnote',
  'note', 'pdd', 'covid', 'type', 'model', 'cấp', 'số', 'khoản', 'điều', 'thị', 'quyết', 'định', 'khóa', 'khoá', 'lúc',
  // "Level-2 Field Hospital Rotation 6", "đợt 1", "niveau 2", "numéro 4", "rôle 2", "Unit No 1".
  'rotation', 'đợt', 'niveau', 'numéro', 'rôle', 'role', 'décret', 'résolution', 'chapitre', 'nghị',
]);

/** Words before a year that make it a date ("in 2018", "since 2014"). */
export const YEAR_CUES = new Set([
  'in', 'since', 'from', 'by', 'until', 'till', 'of', 'during', 'before', 'after', 'between', 'and', 'to', 'early', 'late',
  'mid', 'year', 'years', 'năm', 'từ', 'đến', 'tới', 'cuối', 'đầu', 'through', 'throughout', 'around', 'circa', 'c',
  'en', 'depuis', 'dès', 'année', 'an', 'vers', 'avant', 'après', 'fin', 'début', 'entre', 'et', 'à', 'au', 'pendant', 'durant',
]);

export const SINCE_WORDS = new Set(['since', 'from', 'từ', 'depuis', 'dès']);
export const UNTIL_WORDS = new Set(['until', 'till', 'by', 'through', 'đến', 'tới']);
/** Several words before a year that give it a role: "à partir de 2014", "jusqu'en 2020", "từ năm 2014" is read apart. */
export const YEAR_ROLE_PHRASES: [string[], 'since' | 'until'][] = [
  [['à', 'partir', 'de'], 'since'], [['jusqu', "'", 'en'], 'until'], [['jusqu', "'", 'à'], 'until'], [['jusqu', "'", 'au'], 'until'],
  [['up', 'to'], 'until'], [['not', 'until'], 'since'],
];

/** Joining words of a range: "2014 to 2018", "between 500 and 600", "từ 2014 đến 2018", "de 2014 à 2018". */
export const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'đến', 'tới', 'à', 'au']);
export const BETWEEN_WORDS = new Set(['between', 'giữa', 'entre']);
/** "and" in the languages read ("between 2014 and 2018", "entre 2014 et 2018", "giữa 2014 và 2018"). */
export const AND_WORDS = new Set(['and', 'và', 'et']);

/** Hedges before a number, longest first. */
export const BOUNDS: [string[], FigureBound][] = ([
  [['more', 'than'], 'at-least'], [['at', 'least'], 'at-least'], [['upwards', 'of'], 'at-least'], [['in', 'excess', 'of'], 'at-least'],
  [['over'], 'at-least'], [['above'], 'at-least'], [['exceeding'], 'at-least'], [['hơn'], 'at-least'], [['trên'], 'at-least'],
  [['ít', 'nhất'], 'at-least'], [['không', 'dưới'], 'at-least'],
  [['less', 'than'], 'at-most'], [['fewer', 'than'], 'at-most'], [['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'],
  [['under'], 'at-most'], [['below'], 'at-most'], [['dưới'], 'at-most'], [['tối', 'đa'], 'at-most'], [['không', 'quá'], 'at-most'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['approx'], 'about'], [['roughly'], 'about'],
  [['some'], 'about'], [['nearly'], 'about'], [['almost'], 'about'], [['close', 'to'], 'about'], [['circa'], 'about'],
  [['khoảng'], 'about'], [['gần'], 'about'], [['chừng'], 'about'], [['xấp', 'xỉ'], 'about'], [['ước', 'tính'], 'about'],
  [['plus', 'de'], 'at-least'], [['plus', 'd', "'"], 'at-least'], [['au', 'moins'], 'at-least'], [['pas', 'moins', 'de'], 'at-least'],
  [['moins', 'de'], 'at-most'], [['moins', 'd', "'"], 'at-most'], [['jusqu', "'", 'à'], 'at-most'], [['au', 'plus'], 'at-most'],
  [['près', 'de'], 'about'], [['près', 'd', "'"], 'about'], [['environ'], 'about'], [['quelque'], 'about'], [['autour', 'de'], 'about'],
  [['as', 'many', 'as'], 'at-most'], [['an', 'estimated'], 'about'], [['estimated'], 'about'], [['quasiment'], 'about'],
  [['presque'], 'about'], [['approximativement'], 'about'], [['à', 'peu', 'près'], 'about'], [['une', 'centaine', 'de'], 'about'],
] as [string[], FigureBound][]).sort((a, b) => b[0].length - a[0].length);

/** Words that end a counted noun phrase. */
export const UNIT_STOPS = new Set([
  'to', 'in', 'of', 'from', 'at', 'for', 'and', 'or', 'with', 'by', 'on', 'as', 'since', 'per', 'who', 'whom', 'which', 'that',
  'were', 'was', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'than', 'the', 'a', 'an', 'this', 'these', 'those', 'during', 'between', 'under', 'over', 'into', 'across',
  'until', 'till', 'through', 'after', 'before', 'about', 'around', 'while', 'when', 'where', 'if', 'but', 'so', 'not', 'it',
  'they', 'them', 'he', 'she', 'we', 'you', 'i', 'there', 'here', 'most', 'many', 'few', 'each', 'every', 'both', 'either',
  'up', 'out', 'off', 'down', 'also', 'still', 'only', 'just', 'already', 'then', 'now', 'ago', 'later', 'earlier', 'including',
  'tại', 'tới', 'đến', 'cho', 'của', 'và', 'ở', 'trong', 'từ', 'đã', 'được', 'là', 'với', 'sang', 'theo', 'vào', 'năm',
  'này', 'đó', 'thuộc', 'gồm', 'có', 'đang', 'sẽ', 'làm', 'tham', 'lên', 'trở', 'về', 'hoàn',
  'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'à', 'au', 'aux', 'en', 'dans', 'pour', 'par', 'sur', 'et', 'ou', 'avec', 'qui',
  'que', 'qu', 'dont', 'ont', 'sont', 'est', 'été', 'était', 'étaient', 'seront', 'sera', 'depuis', 'entre', 'vers', 'chez',
  'pendant', 'selon', 'sous', 'contre', 'plus', 'moins', 'ce', 'cette', 'ces', 'se', 'sa', 'son', 'ses', 'leur', 'leurs', 'ne',
  'pas', 'dès', 'jusqu', 'comme', 'parmi', 'il', 'ils', 'elle', 'elles', 'on', 'lors', 'après', 'avant',
]);

/** Currency written before the number: "$", "US$", "USD 50,000". */
export const CURRENCY_SIGNS: Record<string, string> = wordTable({ $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₫': 'vnd' });
export const CURRENCY_PREFIX_WORDS: Record<string, string> = wordTable({ usd: 'usd', vnd: 'vnd', eur: 'eur', gbp: 'gbp', sgd: 'sgd', aud: 'aud', jpy: 'jpy' });
/** Letters glued before "$": "US$", "S$", "A$". */
export const DOLLAR_PREFIXES: Record<string, string> = wordTable({ us: 'usd', s: 'sgd', a: 'aud', c: 'cad', hk: 'hkd', nz: 'nzd' });
/** Currency written after the number ("50,000 USD", "50,000 US dollars", "13 triệu đồng"); longest first. */
export const CURRENCY_AFTER: [string[], string][] = ([
  [['us', 'dollars'], 'usd'], [['us', 'dollar'], 'usd'], [['đô', 'la', 'mỹ'], 'usd'], [['đô', 'la'], 'usd'], [['usd'], 'usd'],
  [['dollars'], 'usd'], [['vnd'], 'vnd'], [['đồng'], 'vnd'], [['euros'], 'eur'], [['euro'], 'eur'], [['eur'], 'eur'],
  [['dollars', 'américains'], 'usd'], [['dollars', 'us'], 'usd'], [['dongs'], 'vnd'], [['dôngs'], 'vnd'], [['dông'], 'vnd'], [['$'], 'usd'], [['€'], 'eur'], [['₫'], 'vnd'],
] as [string[], string][]).sort((a, b) => b[0].length - a[0].length);

export const PERCENT_AFTER: string[][] = [['per', 'cent'], ['percent'], ['pct'], ['phần', 'trăm'], ['percentage', 'points'], ['pour', 'cent']];

/** Words before an ordinal that make it a rank ("ranked 38th", "xếp thứ 38", "classé 38e"). */
export const RANK_BEFORE = new Set(['ranked', 'ranks', 'ranking', 'rank', 'placed', 'xếp', 'đứng', 'hạng', 'classé', 'classée', 'classés', 'rang']);
/** Words after an ordinal that make it a rank ("38th place", "la 38e place", "au 38e rang"). */
export const RANK_AFTER = new Set(['place', 'position', 'rank', 'rang', 'largest', 'biggest', 'highest']);
