/**
 * The page's mentions as a keyboard list: highlight ranges are invisible to assistive technology,
 * so this panel (in its own shadow root) lists every mention in page order. Arrow keys move,
 * Enter scrolls to the mention and opens its card, Esc closes the card and then the list; a live
 * region says how many there are.
 */
import { GLOSS_UI_ATTRIBUTE } from '../../dom/page-text.js';
import CARD_CSS from './card.css';
import type { CardController } from './card-controller.js';
import { trusted } from './trusted.js';
import type { ContentLifecycle } from './lifecycle.js';
import type { MentionStore } from './mention-store.js';

const LIST_CSS = `
.list { top: 12px; right: 12px; left: auto; width: 320px; max-height: min(70vh, 520px); }
.list ol { list-style: none; margin: 6px 0 0; padding: 0; }
.list li button { display: block; width: 100%; padding: 6px 8px; border-radius: 6px; color: var(--fg); text-decoration: none; }
.list li button:hover, .list li button:focus-visible { background: var(--quote); text-decoration: none; }
.list .surface { font-weight: 600; }
.list .topic { display: block; color: var(--muted); font-size: 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export class MentionList {
  private host?: HTMLElement;
  /** The list's closed shadow root: page scripts see `host.shadowRoot === null`. */
  private shadow?: ShadowRoot;
  private buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly life: ContentLifecycle,
    private readonly store: MentionStore,
    private readonly cards: CardController,
    private readonly topicName: (id: string) => string,
  ) {
    life.onEnd(() => this.close());
  }

  get open(): boolean {
    return this.host?.isConnected ?? false;
  }

  show(): boolean {
    this.close();
    const mentions = this.store.all;
    const host = document.createElement('gloss-mentions');
    host.setAttribute(GLOSS_UI_ATTRIBUTE, '');
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'closed' });
    this.shadow = shadow;
    const style = document.createElement('style');
    style.textContent = CARD_CSS + LIST_CSS;
    const panel = document.createElement('section');
    panel.className = 'card list';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Gloss: mentions on this page');
    const title = document.createElement('h2');
    title.className = 'title';
    title.textContent = `Mentions on this page (${mentions.length})`;
    const live = document.createElement('p');
    live.className = 'sr';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    const list = document.createElement('ol');
    this.buttons = mentions.map((m, i) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.tabIndex = i === 0 ? 0 : -1;
      const surface = document.createElement('span');
      surface.className = 'surface';
      surface.textContent = m.surface.replace(/\s+/g, ' ');
      const topic = document.createElement('span');
      topic.className = 'topic';
      topic.textContent = `${this.topicName(m.topic)}${m.hint ? ` — figures ${m.hint.status === 'differs' ? 'differ' : 'agree'}` : ''}`;
      b.append(surface, topic);
      b.setAttribute('aria-label', `${i + 1} of ${mentions.length}: ${surface.textContent}, ${topic.textContent}`);
      b.addEventListener('click', trusted(() => this.activate(i)));
      li.append(b);
      list.append(li);
      return b;
    });
    panel.append(title, live, list);
    shadow.append(style, panel);
    panel.addEventListener('keydown', trusted((e: KeyboardEvent) => this.onKey(e)));
    document.documentElement.append(host);
    this.host = host;
    (this.buttons[0] ?? title).focus();
    if (!this.buttons[0]) title.tabIndex = -1;
    title.tabIndex = -1;
    (this.buttons[0] ?? title).focus();
    live.textContent = mentions.length
      ? `${mentions.length} mentions. Arrow keys move, Enter opens the card, Escape closes.`
      : 'Gloss found nothing it knows on this page.';
    return true;
  }

  private focusAt(i: number): void {
    const n = this.buttons.length;
    if (n === 0) return;
    const k = (i + n) % n;
    this.buttons.forEach((b, j) => (b.tabIndex = j === k ? 0 : -1));
    this.buttons[k]!.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const current = this.buttons.findIndex((b) => b === this.shadow?.activeElement);
    if (e.key === 'ArrowDown') this.focusAt(current + 1);
    else if (e.key === 'ArrowUp') this.focusAt(current - 1);
    else if (e.key === 'Home') this.focusAt(0);
    else if (e.key === 'End') this.focusAt(this.buttons.length - 1);
    else if (e.key === 'Escape') {
      if (this.cards.isOpen) return; // the card handles its own Esc first
      this.close();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }

  private activate(i: number): void {
    const m = this.store.all[i];
    if (!m || !this.life.alive) return;
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void this.cards.openTopic(m, true, undefined, undefined, this.buttons[i]);
  }

  close(): void {
    this.host?.remove();
    this.host = undefined;
    this.shadow = undefined;
    this.buttons = [];
  }
}
