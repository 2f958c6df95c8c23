/**
 * When a page says it was published: the date "last year" and "this July" in its sentences are
 * read against (claim checks and hints). From the page's own metadata only — Open Graph/article
 * meta tags, schema.org `datePublished` (microdata or JSON-LD) — never guessed from its text.
 * Any DOM (the browser's, or linkedom's in the CLI).
 */

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.issued"]',
  'meta[name="date"]',
].join(',');

/** JSON-LD blocks read at most, and characters of each: a hostile page's metadata costs nothing. */
const MAX_LD_BLOCKS = 10;
const MAX_LD_CHARS = 100_000;
const LD_DATE = /"datePublished"\s*:\s*"([^"]{4,40})"/;
const ISO = /^\s*(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?/;

/** "2019-06-28T07:00:00+07:00" → "2019-06-28"; "2019/6" → "2019-06"; anything else → undefined. */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = ISO.exec(value ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

export function publishedDate(doc: Document): string | undefined {
  for (const meta of doc.querySelectorAll(META)) {
    const date = isoDay(meta.getAttribute('content'));
    if (date) return date;
  }
  const item = doc.querySelector('[itemprop="datePublished"]');
  const fromItem = isoDay(item?.getAttribute('datetime') ?? item?.getAttribute('content'));
  if (fromItem) return fromItem;
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length && i < MAX_LD_BLOCKS; i++) {
    const m = LD_DATE.exec((blocks[i]!.textContent ?? '').slice(0, MAX_LD_CHARS));
    const date = isoDay(m?.[1]);
    if (date) return date;
  }
  return undefined;
}
