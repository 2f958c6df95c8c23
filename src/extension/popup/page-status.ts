/** The line above the topic list: loading, paused, nothing found, or why Gloss cannot read the page. */
import { el, replaceChildren } from '../ui/dom.js';

export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unsupported' }
  | { kind: 'unread' }
  | { kind: 'paused'; site: string }
  | { kind: 'empty' }
  | { kind: 'found'; topics: number }
  | { kind: 'error'; message: string };

export interface PageStatusActions {
  resume(): void;
  focusSearch(): void;
}

export function renderPageStatus(box: HTMLElement, status: PageStatus, actions: PageStatusActions): void {
  const doc = box.ownerDocument;
  const searchButton = (label: string): HTMLButtonElement => {
    const b = el(doc, 'button', { class: 'button button--link', text: label, attrs: { type: 'button' }, data: { testid: 'empty-search' } });
    b.addEventListener('click', actions.focusSearch);
    return b;
  };
  box.dataset.status = status.kind;
  switch (status.kind) {
    case 'loading':
      replaceChildren(box, [el(doc, 'p', { class: 'gloss-muted', text: 'Reading this page…' })]);
      return;
    case 'no-tab':
      replaceChildren(box, [el(doc, 'p', { class: 'gloss-muted', text: 'That tab is no longer open. You can still search the corpus or check a claim.' })]);
      return;
    case 'unsupported':
      replaceChildren(box, [el(doc, 'p', {}, ['Gloss reads web pages (http and https) only. ', searchButton('Search the corpus'), ' instead.'])]);
      return;
    case 'unread':
      replaceChildren(box, [el(doc, 'p', {}, ['Gloss has not read this page yet: it may have opened before Gloss was installed. Reload the page, or ', searchButton('search the corpus'), '.'])]);
      return;
    case 'paused': {
      const resume = el(doc, 'button', { class: 'button', text: 'Resume on this site', attrs: { type: 'button' }, data: { testid: 'resume-site' } });
      resume.addEventListener('click', actions.resume);
      replaceChildren(box, [
        el(doc, 'div', { class: 'notice', data: { testid: 'paused-notice' } }, [
          el(doc, 'p', { class: 'notice__text' }, ['Gloss is paused on ', el(doc, 'strong', { text: status.site }), ': it does not read or mark this site.']),
          resume,
        ]),
      ]);
      return;
    }
    case 'empty':
      replaceChildren(box, [
        el(doc, 'p', { class: 'empty', data: { testid: 'empty-state' } }, ['Nothing Gloss knows on this page — ', searchButton('search the corpus')]),
      ]);
      return;
    case 'found':
      replaceChildren(box, [el(doc, 'p', { class: 'gloss-muted panel__note', text: `${status.topics} ${status.topics === 1 ? 'topic' : 'topics'}, in the order they appear` })]);
      return;
    case 'error':
      replaceChildren(box, [el(doc, 'p', { class: 'notice notice--error', text: `Could not ask Gloss about this page: ${status.message}` })]);
      return;
  }
}
