/** Word tables for figure extraction (lowercase, NFC; Vietnamese with its diacritics). */
import type { FigureBound } from './types.js';

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tháng',
]);

/** Words after which a number names something rather than counts it ("Directive 25", "level 2", "p. 473"). */
export const ID_PREFIXES = new Set([
  'resolution', 'resolutions', 'directive', 'decision', 'decree', 'circular', 'article', 'nos', 'number', 'level', 'page', 'pages',
  'p', 'pp', 'vol', 'volume', 'issue', 'chapter', 'section', 'clause', 'paragraph', 'annex', 'phase', 'grade', 'class',
  'version', 'route', 'highway', 'flight', 'room', 'tier', 'category', 'perspective', 'item', 'figure', 'table', 'footnote',
  'note', 'pdd', 'covid', 'type', 'model', 'cấp', 'số', 'khoản', 'điều', 'thị', 'quyết', 'định', 'khóa', 'khoá', 'lúc',
]);

/** Words before a year that make it a date ("in 2018", "since 2014"). */
export const YEAR_CUES = new Set([
  'in', 'since', 'from', 'by', 'until', 'till', 'of', 'during', 'before', 'after', 'between', 'and', 'to', 'early', 'late',
  'mid', 'year', 'years', 'năm', 'từ', 'đến', 'tới', 'cuối', 'đầu', 'through', 'throughout', 'around', 'circa', 'c',
]);

export const SINCE_WORDS = new Set(['since', 'from', 'từ']);
export const UNTIL_WORDS = new Set(['until', 'till', 'by', 'through', 'đến', 'tới']);

/** Joining words of a range: "2014 to 2018", "between 500 and 600", "từ 2014 đến 2018". */
export const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'đến', 'tới']);
export const BETWEEN_WORDS = new Set(['between', 'giữa']);

/** Hedges before a number, longest first. */
export const BOUNDS: [string[], FigureBound][] = ([
  [['more', 'than'], 'at-least'], [['at', 'least'], 'at-least'], [['upwards', 'of'], 'at-least'], [['in', 'excess', 'of'], 'at-least'],
  [['over'], 'at-least'], [['above'], 'at-least'], [['exceeding'], 'at-least'], [['hơn'], 'at-least'], [['trên'], 'at-least'],
  [['ít', 'nhất'], 'at-least'], [['không', 'dưới'], 'at-least'],
  [['less', 'than'], 'at-most'], [['fewer', 'than'], 'at-most'], [['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'],
  [['under'], 'at-most'], [['below'], 'at-most'], [['dưới'], 'at-most'], [['tối', 'đa'], 'at-most'], [['không', 'quá'], 'at-most'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['approx'], 'about'], [['roughly'], 'about'],
  [['some'], 'about'], [['nearly'], 'about'], [['almost'], 'about'], [['close', 'to'], 'about'], [['circa'], 'about'],
  [['khoảng'], 'about'], [['gần'], 'about'], [['chừng'], 'about'], [['xấp', 'xỉ'], 'about'],
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
]);

/** Currency written before the number: "$", "US$", "USD 50,000". */
export const CURRENCY_SIGNS: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₫': 'vnd' };
export const CURRENCY_PREFIX_WORDS: Record<string, string> = { usd: 'usd', vnd: 'vnd', eur: 'eur', gbp: 'gbp', sgd: 'sgd', aud: 'aud', jpy: 'jpy' };
/** Letters glued before "$": "US$", "S$", "A$". */
export const DOLLAR_PREFIXES: Record<string, string> = { us: 'usd', s: 'sgd', a: 'aud', c: 'cad', hk: 'hkd', nz: 'nzd' };
/** Currency written after the number ("50,000 USD", "50,000 US dollars", "13 triệu đồng"); longest first. */
export const CURRENCY_AFTER: [string[], string][] = ([
  [['us', 'dollars'], 'usd'], [['us', 'dollar'], 'usd'], [['đô', 'la', 'mỹ'], 'usd'], [['đô', 'la'], 'usd'], [['usd'], 'usd'],
  [['dollars'], 'usd'], [['vnd'], 'vnd'], [['đồng'], 'vnd'], [['euros'], 'eur'], [['euro'], 'eur'], [['eur'], 'eur'],
] as [string[], string][]).sort((a, b) => b[0].length - a[0].length);

export const PERCENT_AFTER: string[][] = [['per', 'cent'], ['percent'], ['pct'], ['phần', 'trăm'], ['percentage', 'points']];
