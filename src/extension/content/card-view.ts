/**
 * The card's DOM, built with textContent only (page and corpus text never become markup), inside a
 * shadow root so page CSS cannot reach it and it cannot reach the page.
 */
import { formatDate } from '../../core/corpus/corpus-index.js';
import type { FactView, TopicView } from '../../core/corpus/views.js';
import type { ClaimCheck } from '../../core/claims/check.js';
import type { MentionWhy } from '../../core/match/detect.js';
import type { FigureHint } from '../../core/claims/hints.js';
import { formatFigure, pointWhen } from '../../core/corpus/timeline.js';
import { claimFigureLabel } from '../ui/format.js';

export interface CardActions {
  openReader(source: string, passage: string, text: string): void;
  pauseSite(): void;
  /** "Wrong match here": never mark this alias on this site. */
  muteHere(): void;
  /** "Never mark this": never mark this alias anywhere. */
  muteEverywhere(): void;
  close(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(label: string, cls: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', cls, label);
  b.type = 'button';
  b.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    // A page script cannot press Gloss's buttons: only the reader's own clicks and keys count.
    if (e.isTrusted) onClick();
  });
  return b;
}

const when = (f: FactView): string => (f.period ? `${f.period[0]}–${f.period[1]}` : formatDate(f.asOf));

function factItem(f: FactView, actions: CardActions): HTMLLIElement {
  const li = el('li', 'fact');
  const head = el('p', 'statement');
  head.append(el('span', 'date', when(f)), document.createTextNode(f.statement));
  li.append(head);
  const ex = f.excerpts[0];
  if (ex) {
    const q = el('blockquote', 'excerpt', `“${ex.text}”`);
    const cite = button(ex.cite, 'cite', () => actions.openReader(ex.source, ex.passage, ex.text));
    cite.title = 'Open the source at this passage';
    li.append(q, cite);
    const others = new Set(f.excerpts.map((e) => e.source)).size - 1;
    if (others > 0) li.append(el('p', 'also', `Also stated by ${others} more source${others > 1 ? 's' : ''}.`));
  }
  return li;
}

function whyLine(why: MentionWhy, surface: string): HTMLElement {
  const p = el('p', 'why');
  let text = `Matched “${surface}” as “${why.alias}”`;
  if (why.ambiguous && why.context) {
    const where = why.context.where === 'title' ? 'in the page title' : why.context.where === 'page' ? 'elsewhere on the page' : 'nearby';
    text += `, a name that also means other things, confirmed by “${why.context.term}” ${where}.`;
  } else text += '.';
  p.textContent = text;
  return p;
}

function hintBox(hint: FigureHint): HTMLElement {
  const box = el('p', `hint hint-${hint.status}`);
  box.setAttribute('role', 'note');
  box.append(el('strong', undefined, hint.status === 'differs' ? 'Figures differ. ' : 'Figures agree. '), document.createTextNode(hint.text));
  return box;
}

const MAX_POINTS = 8;

function timelineBox(topic: TopicView): HTMLElement | undefined {
  if (topic.timelines.length === 0) return undefined;
  const box = el('section', 'timeline');
  box.append(el('h3', undefined, 'Figures over time'));
  for (const t of topic.timelines.slice(0, 2)) {
    const list = el('ol');
    list.setAttribute('aria-label', t.label);
    for (const p of t.points.slice(0, MAX_POINTS)) {
      const li = el('li');
      li.append(el('span', 'figure', formatFigure(p.value, p.unit)), el('span', 'when', pointWhen(p)));
      li.title = p.cite;
      list.append(li);
    }
    box.append(el('p', 'series', t.label), list);
  }
  return box;
}

export function renderTopicCard(topic: TopicView, mention: { surface: string; why: MentionWhy; hint?: FigureHint }, actions: CardActions): HTMLElement {
  const root = el('section', 'card');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', `Gloss: ${topic.name}`);
  const header = el('header');
  const title = el('h2', 'title', topic.name);
  title.tabIndex = -1;
  header.append(title, button('×', 'close', actions.close));
  (header.lastChild as HTMLElement).setAttribute('aria-label', 'Close');
  root.append(header);
  if (topic.nameVi) root.append(el('p', 'vi', topic.nameVi));
  if (mention.hint) root.append(hintBox(mention.hint));
  root.append(el('p', 'description', topic.description));
  const list = el('ul', 'facts');
  for (const f of topic.facts) list.append(factItem(f, actions));
  root.append(list);
  const timeline = timelineBox(topic);
  if (timeline) root.append(timeline);
  const foot = el('footer');
  const first = topic.facts[0]?.excerpts[0];
  if (first) foot.append(button(`All ${topic.factCount} fact${topic.factCount === 1 ? '' : 's'} in the source reader`, 'more', () => actions.openReader(first.source, first.passage, first.text)));
  root.append(whyLine(mention.why, mention.surface));
  foot.append(
    button('Wrong match here', 'mute', actions.muteHere),
    button(`Never mark “${mention.why.alias}”`, 'mute-all', actions.muteEverywhere),
    button('Pause Gloss on this site', 'pause', actions.pauseSite),
  );
  root.append(foot);
  return root;
}

const VERDICT_LABEL: Record<ClaimCheck['verdict'], string> = {
  same: 'The sources say the same',
  differs: 'The sources differ',
  related: 'Related facts, nothing on this exact point',
  nothing: 'The corpus says nothing about this',
};

export function renderClaimCard(result: ClaimCheck, facts: FactView[], actions: CardActions): HTMLElement {
  const root = el('section', `card claim verdict-${result.verdict}`);
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', 'Gloss: claim check');
  const header = el('header');
  const title = el('h2', 'title', VERDICT_LABEL[result.verdict]);
  title.tabIndex = -1;
  header.append(title, button('×', 'close', actions.close));
  (header.lastChild as HTMLElement).setAttribute('aria-label', 'Close');
  root.append(header, el('p', 'claim-text', `“${result.claim}”`), el('p', 'summary', result.summary));
  // "last year" means the year before the page's date: say which year that was.
  const relative = result.figures.filter((f) => f.relative);
  if (relative.length) root.append(el('p', 'dates-read', `Dates read from the page’s date: ${relative.map(claimFigureLabel).join('; ')}`));
  const list = el('ul', 'facts');
  for (const view of facts.slice(0, 3)) list.append(factItem(view, actions));
  if (list.childElementCount) root.append(list);
  return root;
}
