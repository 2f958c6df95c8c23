/** A topic: its name (and Vietnamese name), kind, description and facts. */
import type { TopicView } from '../../core/corpus/views.js';
import { el } from './dom.js';
import { KIND_LABELS } from './format.js';
import { renderFact } from './render-fact.js';
import { renderTimelines } from './render-timeline.js';
import { headingTag, type RenderOptions } from './render-options.js';

export interface TopicRenderOptions extends RenderOptions {
  /** Show the topic's name as a heading (default true; off when the name is shown elsewhere). */
  title?: boolean;
  /**
   * Show the first `factLimit` facts and a button revealing the rest (default: all). The rest are
   * already rendered, only hidden, so revealing them needs no extension API.
   */
  factLimit?: number;
}

export function renderTopic(doc: Document, topic: TopicView, opts: TopicRenderOptions): HTMLElement {
  const section = el(doc, 'section', { class: 'gloss-topic', data: { testid: 'topic', topicId: topic.id } });
  if (opts.title !== false) section.append(renderTopicTitle(doc, topic, opts));
  section.append(
    el(doc, 'p', { class: 'gloss-topic__description' }, [
      el(doc, 'span', { class: 'gloss-kind', text: KIND_LABELS[topic.kind] }),
      ' ',
      topic.description,
    ]),
  );
  const timelines = renderTimelines(doc, topic.timelines);
  if (timelines) section.append(timelines);
  section.append(renderFactList(doc, topic, opts));
  return section;
}

export function renderTopicTitle(doc: Document, topic: TopicView, opts: RenderOptions): HTMLElement {
  return el(doc, headingTag(opts.headingLevel), { class: 'gloss-topic__name' }, [
    topic.name,
    topic.nameVi && topic.nameVi !== topic.name
      ? el(doc, 'span', { class: 'gloss-topic__vi', text: ` · ${topic.nameVi}`, attrs: { lang: 'vi' } })
      : null,
  ]);
}

function renderFactList(doc: Document, topic: TopicView, opts: TopicRenderOptions): HTMLElement {
  const wrap = el(doc, 'div', { class: 'gloss-topic__facts' });
  if (topic.facts.length === 0) {
    wrap.append(el(doc, 'p', { class: 'gloss-muted', text: 'The corpus has no facts on this topic yet.' }));
    return wrap;
  }
  const list = el(doc, 'ul', { class: 'gloss-facts', attrs: { 'aria-label': `Facts about ${topic.name}` } });
  const limit = opts.factLimit ?? topic.facts.length;
  const hidden: HTMLElement[] = [];
  topic.facts.forEach((fact, i) => {
    const item = el(doc, 'li', { class: 'gloss-facts__item' }, [renderFact(doc, fact, opts)]);
    if (i >= limit) {
      item.hidden = true;
      hidden.push(item);
    }
    list.append(item);
  });
  wrap.append(list);
  if (topic.factCount > topic.facts.length) {
    wrap.append(el(doc, 'p', { class: 'gloss-muted', text: `${topic.facts.length} of the ${topic.factCount} facts Gloss has on this topic` }));
  }
  if (hidden.length > 0) {
    const more = el(doc, 'button', {
      class: 'gloss-button gloss-button--quiet',
      text: `Show ${hidden.length} more ${hidden.length === 1 ? 'fact' : 'facts'}`,
      attrs: { type: 'button' },
      data: { testid: 'more-facts' },
    });
    more.addEventListener('click', () => {
      for (const item of hidden) item.hidden = false;
      // Keep keyboard users in place: focus the first fact that was revealed.
      hidden[0]!.tabIndex = -1;
      hidden[0]!.focus();
      more.remove();
    });
    wrap.append(more);
  }
  return wrap;
}
