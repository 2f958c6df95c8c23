/**
 * The topics found on the page, in page order: name, count, the words that matched; each opens to
 * its facts. Updated in place when the page reports again, so an open topic and the keyboard focus
 * survive a refresh.
 */
import type { PageTopic } from '../shared/messages.js';
import { send, sendToTab } from '../shared/send.js';
import { el, replaceChildren } from '../ui/dom.js';
import { renderTopic } from '../ui/render-topic.js';
import { disclosure } from './disclosure.js';
import { popupRenderOptions } from './render-context.js';

/** Facts shown before "Show N more facts". */
const FACTS_SHOWN = 4;

interface Item {
  li: HTMLLIElement;
  count: HTMLElement;
  surfaces: HTMLElement;
}

export interface TopicList {
  update(topics: readonly PageTopic[]): void;
}

export function createTopicList(list: HTMLUListElement, tabId: number): TopicList {
  const doc = list.ownerDocument;
  const items = new Map<string, Item>();
  let made = 0;

  function create(topic: PageTopic): Item {
    const panelId = `topic-panel-${made++}`;
    const count = el(doc, 'span', { class: 'topic__count' });
    const surfaces = el(doc, 'span', { class: 'topic__surfaces' });
    const toggle = el(doc, 'button', { class: 'topic__toggle', attrs: { type: 'button' }, data: { testid: 'topic-toggle' } }, [
      el(doc, 'span', { class: 'topic__chevron', attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { class: 'topic__main' }, [el(doc, 'span', { class: 'topic__name', text: topic.name }), surfaces]),
      count,
    ]);
    const panel = el(doc, 'div', { id: panelId, class: 'topic__panel', data: { testid: 'topic-panel' } });
    disclosure(toggle, panel, () => void fill(panel, topic));
    const li = el(doc, 'li', { class: 'topic', data: { testid: 'page-topic', topicId: topic.id } }, [toggle, panel]);
    return { li, count, surfaces };
  }

  async function fill(panel: HTMLElement, topic: PageTopic): Promise<void> {
    panel.setAttribute('aria-busy', 'true');
    replaceChildren(panel, [el(doc, 'p', { class: 'gloss-muted', text: 'Loading facts…' })]);
    try {
      const view = await send('topic/full', { topic: topic.id });
      const show = el(doc, 'button', { class: 'button button--link topic__show', text: 'Show on the page', attrs: { type: 'button' } });
      show.addEventListener('click', () => void sendToTab(tabId, 'mention/focus', { topic: topic.id }).catch(() => undefined));
      replaceChildren(panel, [
        renderTopic(doc, view, { ...popupRenderOptions, title: false, factLimit: FACTS_SHOWN }),
        show,
      ]);
    } catch (e) {
      replaceChildren(panel, [el(doc, 'p', { class: 'notice notice--error', text: `Could not load the facts: ${e instanceof Error ? e.message : String(e)}` })]);
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }

  return {
    update(topics) {
      const wanted = new Set(topics.map((t) => t.id));
      for (const [id, item] of items) {
        if (!wanted.has(id)) {
          item.li.remove();
          items.delete(id);
        }
      }
      topics.forEach((topic, i) => {
        let item = items.get(topic.id);
        if (!item) items.set(topic.id, (item = create(topic)));
        replaceChildren(item.count, [
          String(topic.count),
          el(doc, 'span', { class: 'visually-hidden', text: topic.count === 1 ? ' mention' : ' mentions' }),
        ]);
        item.surfaces.textContent = topic.surfaces.map((s) => `“${s}”`).join(', ');
        // Move only what is out of place: moving a node drops its focus.
        if (list.children[i] !== item.li) list.insertBefore(item.li, list.children[i] ?? null);
      });
    },
  };
}
