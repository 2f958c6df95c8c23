/** A source's metadata block: title, byline, the facts of publication, and its rights statement. */
import { formatDate } from '../../core/corpus/corpus-index.js';
import type { Source, SourceKind } from '../../core/corpus/types.js';
import { el } from '../ui/dom.js';

const KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  analysis: 'Analysis',
  'press-release': 'Press release',
  news: 'News article',
};

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // not a valid language tag
  }
}

export function authorsLabel(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

export function renderSourceMeta(doc: Document, source: Source): HTMLElement {
  const rows: [string, Node | string][] = [
    ['Publisher', source.publisher],
    ...(source.series ? [['Series', source.series] as [string, string]] : []),
    ['Authors', source.authors.length ? authorsLabel(source.authors) : 'Not signed'],
    ['Published', el(doc, 'time', { text: formatDate(source.published), attrs: { datetime: source.published } })],
    ...(source.place ? [['Place', source.place] as [string, string]] : []),
    ['Language', languageName(source.language)],
    ['Kind', KIND_LABELS[source.kind]],
  ];
  if (source.url) {
    rows.push(['Original', el(doc, 'a', { text: source.url, attrs: { href: source.url, rel: 'noreferrer noopener', target: '_blank' } })]);
  }
  return el(doc, 'header', { class: 'source-head', data: { testid: 'reader-meta' } }, [
    el(doc, 'p', { class: 'source-head__eyebrow', text: [source.series, KIND_LABELS[source.kind]].filter(Boolean).join(' · ') }),
    el(doc, 'h1', { class: 'source-head__title', text: source.title, attrs: { lang: source.language } }),
    el(doc, 'p', { class: 'source-head__byline' }, [
      source.authors.length ? `By ${authorsLabel(source.authors)} · ` : `${source.publisher} · `,
      formatDate(source.published),
    ]),
    el(doc, 'aside', { class: 'notice rights', attrs: { 'aria-labelledby': 'reader-rights' }, data: { testid: 'reader-rights' } }, [
      el(doc, 'h2', { id: 'reader-rights', class: 'rights__heading', text: 'Rights and attribution' }),
      el(doc, 'p', { class: 'rights__text', text: source.rights }),
    ]),
    el(doc, 'dl', { class: 'meta' }, rows.flatMap(([name, value]) => [
      el(doc, 'dt', { text: name }),
      el(doc, 'dd', {}, [value]),
    ])),
  ]);
}
