/**
 * The bundled reader: `?source=ID&passage=PID&text=EXCERPT` shows a source with its metadata and
 * footnotes, scrolled to the passage with the excerpt marked; without `?source`, the list of sources.
 */
import type { Source } from '../../core/corpus/types.js';
import { corpus, corpusIndex } from '../ui/bundled-corpus.js';
import { el, replaceChildren } from '../ui/dom.js';
import { parseReaderQuery, type ReaderTarget } from '../ui/reader-url.js';
import { findExcerpt } from './find-excerpt.js';
import { renderPassages, type PassageTarget } from './passages.js';
import { renderSourceList } from './source-list.js';
import { renderSourceMeta } from './source-meta.js';

function showSource(root: HTMLElement, source: Source, query: ReaderTarget): void {
  document.title = `${source.title} · Gloss reader`;
  const passage = query.passage ? corpusIndex().passage(source.id, query.passage) : undefined;
  let target: PassageTarget | undefined;
  if (passage) {
    target = { passage: passage.id };
    const range = query.text ? findExcerpt(passage.text, query.text) : undefined;
    if (range) target.range = range;
  }
  const rendered = renderPassages(document, source, target);
  const notes: HTMLElement[] = [];
  if (query.passage && !passage) {
    notes.push(el(document, 'p', { class: 'notice', text: `This source has no passage “${query.passage}”; here is the whole document.` }));
  }
  replaceChildren(root, [
    el(document, 'article', { class: 'source', attrs: { lang: source.language } }, [renderSourceMeta(document, source), ...notes, rendered.body]),
  ]);

  const node = rendered.target;
  if (!node) return;
  node.dataset.testid = 'reader-target';
  node.dataset.target = 'true';
  if (!rendered.mark) node.classList.add('passage--target');
  // Focus lands on the cited passage so a screen reader starts there; it is not a control.
  node.tabIndex = -1;
  (rendered.mark ?? node).scrollIntoView({ block: 'center' });
  node.focus({ preventScroll: true });
}

function main(): void {
  const root = document.getElementById('reader');
  if (!root) throw new Error('reader markup is missing #reader');
  const query = parseReaderQuery(location.search);
  const source = query ? corpusIndex().source(query.source) : undefined;
  if (query && source) {
    showSource(root, source, query);
    return;
  }
  document.title = 'Sources · Gloss reader';
  replaceChildren(root, [
    query ? el(document, 'p', { class: 'notice notice--error', text: `Gloss has no source “${query.source}”. These are the sources it has:` }) : null,
    renderSourceList(document, corpus.sources),
  ]);
}

try {
  main();
} finally {
  document.body.dataset.ready = 'true';
}
