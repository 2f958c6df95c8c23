/**
 * A fact as the card, the popup and the claim check show it: its date, its statement, and each
 * verbatim excerpt with its citation linking to the reader.
 */
import type { ExcerptView, FactView } from '../../core/corpus/views.js';
import { el } from './dom.js';
import { factDateLabel } from './format.js';
import type { RenderOptions } from './render-options.js';

export interface FactRenderOptions extends RenderOptions {
  /** Show the statement (default true; off where it is already the item's title). */
  statement?: boolean;
}

export function renderFact(doc: Document, fact: FactView, opts: FactRenderOptions): HTMLElement {
  const excerpts = opts.maxExcerpts === undefined ? fact.excerpts : fact.excerpts.slice(0, opts.maxExcerpts);
  return el(doc, 'article', { class: 'gloss-fact', data: { testid: 'fact', factId: fact.id } }, [
    el(doc, 'p', { class: 'gloss-fact__date' }, [
      el(doc, 'time', { text: factDateLabel(fact), attrs: { datetime: fact.asOf } }),
    ]),
    opts.statement === false ? null : el(doc, 'p', { class: 'gloss-fact__statement', text: fact.statement }),
    ...excerpts.map((excerpt) => renderExcerpt(doc, excerpt, opts)),
  ]);
}

export function renderExcerpt(doc: Document, excerpt: ExcerptView, opts: RenderOptions): HTMLElement {
  return el(doc, 'figure', { class: 'gloss-excerpt', data: { testid: 'excerpt' } }, [
    el(doc, 'blockquote', { class: 'gloss-excerpt__text', text: `“${excerpt.text}”` }),
    el(doc, 'figcaption', { class: 'gloss-excerpt__cite' }, [
      citationLink(doc, excerpt, opts),
    ]),
  ]);
}

/** "ISEAS Perspective 2022/46 · Phan Xuan Dung and Nguyen Cao Viet Hung · 29 April 2022" → reader. */
export function citationLink(doc: Document, excerpt: ExcerptView, opts: RenderOptions): HTMLAnchorElement {
  const url = opts.readerUrl(excerpt.source, excerpt.passage, excerpt.text);
  const link = el(doc, 'a', {
    class: 'gloss-cite',
    text: excerpt.cite,
    attrs: {
      href: url,
      target: '_blank',
      rel: 'noopener',
      title: `Open in the Gloss reader: ${excerpt.citation.title} (${excerpt.citation.publisher})`,
    },
    data: { testid: 'citation', source: excerpt.source, passage: excerpt.passage },
  });
  const open = opts.openLink;
  if (open) {
    link.addEventListener('click', (event) => {
      // Modified clicks keep the browser's own behaviour (new window, background tab, ...).
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(url);
    });
  }
  return link;
}
