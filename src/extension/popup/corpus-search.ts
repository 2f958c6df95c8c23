/**
 * Search over the whole bundled corpus as you type (fuse.js in core, typo-tolerant). A topic or a
 * fact opens in place; a passage links to the reader.
 */
import { formatCitation } from '../../core/corpus/corpus-index.js';
import { factView, topicView } from '../../core/corpus/views.js';
import { search, type SearchHit } from '../../core/search/search.js';
import { corpusIndex, corpusSearchIndex } from '../ui/bundled-corpus.js';
import { el, replaceChildren } from '../ui/dom.js';
import { renderFact } from '../ui/render-fact.js';
import { renderTopic } from '../ui/render-topic.js';
import { readerLink } from '../ui/reader-link.js';
import { disclosure } from './disclosure.js';
import { openInTab, popupRenderOptions } from './render-context.js';

const DEBOUNCE_MS = 120;
const LIMIT = 20;
const KIND_LABELS: Record<SearchHit['kind'], string> = { topic: 'Topic', fact: 'Fact', passage: 'Source' };

export interface SearchElements {
  input: HTMLInputElement;
  count: HTMLElement;
  results: HTMLUListElement;
}

export function startCorpusSearch(els: SearchElements): void {
  const doc = els.input.ownerDocument;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = '';

  const run = (): void => {
    const query = els.input.value.trim();
    if (query === shown) return;
    shown = query;
    if (!query) {
      els.count.textContent = '';
      replaceChildren(els.results, []);
      return;
    }
    const hits = search(corpusSearchIndex(), query, LIMIT);
    els.count.textContent = hits.length
      ? `${hits.length === LIMIT ? `Top ${LIMIT}` : hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`
      : `Nothing in the corpus matches “${query}”. Try fewer or other words.`;
    replaceChildren(els.results, hits.map((hit, i) => renderHit(doc, hit, i)));
  };

  els.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  els.input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      clearTimeout(timer);
      run();
    }
  });
  if (els.input.value.trim()) run(); // typed before search was ready
}

function renderHit(doc: Document, hit: SearchHit, i: number): HTMLLIElement {
  const li = el(doc, 'li', { class: 'result', data: { testid: 'search-result', kind: hit.kind, id: hit.id } });
  const label = el(doc, 'span', { class: 'result__kind', text: KIND_LABELS[hit.kind] });
  if (hit.kind === 'passage') {
    const [sourceId, passageId] = splitPassageId(hit.id);
    const citation = corpusIndex().citation({ source: sourceId, passage: passageId, text: '' });
    const url = readerLink(sourceId, passageId);
    const link = el(doc, 'a', { class: 'result__row', attrs: { href: url, target: '_blank', rel: 'noopener' } }, [
      label,
      el(doc, 'span', { class: 'result__main' }, [
        el(doc, 'span', { class: 'result__title', text: hit.title }),
        citation ? el(doc, 'span', { class: 'result__meta', text: formatCitation(citation) }) : null,
      ]),
    ]);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      openInTab(url);
    });
    li.append(link);
    return li;
  }
  const toggle = el(doc, 'button', { class: 'result__row', attrs: { type: 'button' }, data: { testid: 'search-result-toggle' } }, [
    label,
    el(doc, 'span', { class: 'result__main' }, [el(doc, 'span', { class: 'result__title', text: hit.title })]),
  ]);
  const panel = el(doc, 'div', { id: `search-panel-${i}`, class: 'result__panel' });
  disclosure(toggle, panel, () => replaceChildren(panel, [detail(doc, hit)]));
  li.append(toggle, panel);
  return li;
}

function detail(doc: Document, hit: SearchHit): HTMLElement {
  const index = corpusIndex();
  if (hit.kind === 'fact') {
    const fact = index.fact(hit.id);
    if (fact) return renderFact(doc, factView(index, fact), { ...popupRenderOptions, statement: false });
  } else {
    const view = topicView(index, hit.id);
    if (view) return renderTopic(doc, view, { ...popupRenderOptions, title: false, factLimit: 3 });
  }
  return el(doc, 'p', { class: 'gloss-muted', text: 'This entry is no longer in the corpus.' });
}

function splitPassageId(id: string): [string, string] {
  const at = id.indexOf('#');
  return [id.slice(0, at), id.slice(at + 1)];
}
