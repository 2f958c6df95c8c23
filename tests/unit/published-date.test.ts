/** The page's publication date, from its own metadata only (src/dom/published-date.ts). */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isoDay, publishedDate } from '../../src/dom/published-date.js';

const doc = (head: string, body = '<p>Vietnam sent its first hospital in October last year.</p>'): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('publishedDate', () => {
  it('reads Open Graph / article meta tags', () => {
    expect(publishedDate(doc('<meta property="article:published_time" content="2019-06-28T07:30:00+07:00">'))).toBe('2019-06-28');
    expect(publishedDate(doc('<meta name="pubdate" content="2018/6/19">'))).toBe('2018-06-19');
  });

  it('reads schema.org datePublished in microdata or JSON-LD', () => {
    expect(publishedDate(doc('', '<article><time itemprop="datePublished" datetime="2019-11-19T10:00">19 Nov</time></article>'))).toBe('2019-11-19');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished": "2020-05-27T08:00:00Z"}</script>';
    expect(publishedDate(doc(ld))).toBe('2020-05-27');
  });

  it('skips a malformed value for the next source, and never guesses from the text', () => {
    expect(publishedDate(doc('<meta property="article:published_time" content="yesterday"><meta name="date" content="2014-06">'))).toBe('2014-06');
    expect(publishedDate(doc('', '<p>Published 28 June 2019</p><time datetime="2019-06-28">then</time>'))).toBeUndefined();
    expect(publishedDate(doc('<script type="application/ld+json">{not json "datePublished": 12}</script>'))).toBeUndefined();
  });

  it('normalises to YYYY-MM(-DD) and refuses impossible dates', () => {
    expect(isoDay('2019-6')).toBe('2019-06');
    for (const v of ['2019-13-01', '2019-02-32', '1850-01-01', '', null, undefined]) expect(isoDay(v)).toBeUndefined();
  });
});
