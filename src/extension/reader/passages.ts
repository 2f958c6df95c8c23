/**
 * A source's passages in order: headings as h2, runs of bullets as one list, paragraphs as p, and
 * footnotes gathered in a "Footnotes" section under their numbers. Every element's id is its
 * passage id, so `#p12` and excerpt links land on it.
 */
import type { Passage, Source } from '../../core/corpus/types.js';
import { el } from '../ui/dom.js';
import { appendInline, type InlineOptions } from './inline-text.js';

export interface PassageTarget {
  passage: string;
  /** [start, end) of the excerpt in the passage's text, when it was found. */
  range?: readonly [number, number];
}

export interface RenderedPassages {
  body: HTMLElement;
  /** The target passage's element, and its <mark> when the excerpt was found. */
  target?: HTMLElement;
  mark?: HTMLElement;
}

export function renderPassages(doc: Document, source: Source, target: PassageTarget | undefined): RenderedPassages {
  const footnotes = source.passages.filter((p) => p.kind === 'footnote');
  const inline: InlineOptions = {
    footnotes: new Map(footnotes.flatMap((p) => (p.footnote === undefined ? [] : [[p.footnote, p.id] as const]))),
    referenced: new Set(),
  };
  const out: RenderedPassages = { body: el(doc, 'div', { class: 'passages', attrs: { lang: source.language } }) };

  const fill = (node: HTMLElement, passage: Passage): HTMLElement => {
    node.id = passage.id;
    node.classList.add('passage');
    node.dataset.passage = passage.id;
    const isTarget = target?.passage === passage.id;
    const mark = appendInline(node, passage.text, isTarget && target.range ? { ...inline, mark: target.range } : inline);
    if (isTarget) {
      out.target = node;
      if (mark) out.mark = mark;
    }
    return node;
  };

  let list: HTMLUListElement | undefined;
  for (const passage of source.passages) {
    if (passage.kind === 'footnote') continue;
    if (passage.kind !== 'bullet') list = undefined;
    if (passage.kind === 'heading') out.body.append(fill(el(doc, 'h2'), passage));
    else if (passage.kind === 'paragraph') out.body.append(fill(el(doc, 'p'), passage));
    else {
      if (!list) out.body.append((list = el(doc, 'ul', { class: 'bullets' })));
      list.append(fill(el(doc, 'li'), passage));
    }
  }

  if (footnotes.length > 0) {
    const items = footnotes.map((passage) => {
      const item = fill(el(doc, 'li', { class: 'footnote', attrs: { value: passage.footnote === undefined ? undefined : String(passage.footnote) } }), passage);
      if (passage.footnote !== undefined && inline.referenced.has(passage.footnote)) {
        item.append(' ', el(doc, 'a', { class: 'fnback', text: '↩', attrs: { href: `#ref-${passage.footnote}`, 'aria-label': `Back to the text of footnote ${passage.footnote}` } }));
      }
      return item;
    });
    out.body.append(
      el(doc, 'section', { class: 'footnotes', attrs: { 'aria-labelledby': 'reader-footnotes' } }, [
        el(doc, 'h2', { id: 'reader-footnotes', text: 'Footnotes' }),
        el(doc, 'ol', { class: 'footnotes__list' }, items),
      ]),
    );
  }
  return out;
}
