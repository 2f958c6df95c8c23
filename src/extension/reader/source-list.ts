/** The reader's index: every bundled source, each linking to its full text. */
import { formatDate } from '../../core/corpus/corpus-index.js';
import type { Source } from '../../core/corpus/types.js';
import { el } from '../ui/dom.js';
import { readerQuery } from '../ui/reader-url.js';
import { authorsLabel } from './source-meta.js';

export function renderSourceList(doc: Document, sources: readonly Source[]): HTMLElement {
  return el(doc, 'section', { class: 'source-list', attrs: { 'aria-labelledby': 'reader-sources' } }, [
    el(doc, 'h1', { id: 'reader-sources', text: 'Sources in Gloss’s corpus' }),
    el(doc, 'p', { class: 'gloss-muted', text: 'Every fact Gloss shows quotes one of these documents. They are bundled with the extension and open offline.' }),
    el(doc, 'ul', { class: 'source-list__items', data: { testid: 'reader-sources' } }, sources.map((source) =>
      el(doc, 'li', { class: 'source-list__item', data: { source: source.id } }, [
        el(doc, 'a', { class: 'source-list__title', text: source.title, attrs: { href: readerQuery({ source: source.id }), lang: source.language } }),
        el(doc, 'p', {
          class: 'source-list__meta',
          text: [source.series ?? source.publisher, authorsLabel(source.authors) || source.publisher, formatDate(source.published)].join(' · '),
        }),
      ]))),
  ]);
}
