/**
 * Where cards live: one host element (created on first use, never before — scanning leaves the
 * page's DOM untouched) with a shadow root. Positions the card next to its mark without
 * covering it: below the mark when there is room, else above.
 */
import { GLOSS_UI_ATTRIBUTE } from '../../dom/page-text.js';
import CARD_CSS from './card.css';

const GAP = 6;

export class CardHost {
  private host?: HTMLElement;
  private shadow?: ShadowRoot;
  private current?: HTMLElement;

  get element(): HTMLElement | undefined {
    return this.host;
  }

  get open(): boolean {
    return this.current !== undefined;
  }

  contains(node: EventTarget | null): boolean {
    return node !== null && this.host !== undefined && (node === this.host || this.host.contains(node as Node));
  }

  show(card: HTMLElement, anchor: DOMRect): void {
    if (!this.host || !this.host.isConnected) {
      this.host = document.createElement('gloss-card');
      this.host.setAttribute(GLOSS_UI_ATTRIBUTE, '');
      this.host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
      // Closed, so page scripts cannot reach into the card (host.shadowRoot is null for them);
      // the reference stays here. Assistive technology reads closed shadow trees all the same.
      this.shadow = this.host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = CARD_CSS;
      this.shadow.append(style);
      document.documentElement.append(this.host);
    }
    this.current?.remove();
    this.current = card;
    card.style.visibility = 'hidden';
    this.shadow!.append(card);
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
    const below = anchor.bottom + GAP;
    const roomBelow = vh - 8 - below;
    const roomAbove = anchor.top - GAP - 8;
    let top: number;
    if (height <= roomBelow) top = below;
    else if (height <= roomAbove) top = anchor.top - GAP - height;
    else {
      // Fits on neither side: the roomier side, shortened to fit (it scrolls), so that all of it,
      // its buttons included, stays on screen without covering the mark.
      const room = Math.max(roomBelow, roomAbove, 80);
      card.style.maxHeight = `${room}px`;
      top = roomBelow >= roomAbove ? below : anchor.top - GAP - room;
    }
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    card.style.visibility = '';
  }

  hide(): void {
    this.current?.remove();
    this.current = undefined;
  }

  /** Says in the open card that something could not be done (e.g. a correction not saved). */
  showError(text: string): void {
    const card = this.current;
    if (!card) return;
    let line = card.querySelector<HTMLElement>('.save-error');
    if (!line) {
      line = document.createElement('p');
      line.className = 'save-error';
      line.setAttribute('role', 'alert');
      // Next to the buttons that failed, where the reader is looking.
      const footer = card.querySelector('footer');
      if (footer) footer.before(line);
      else card.append(line);
    }
    line.textContent = text;
    // The footer sits right under the line: bringing it into view shows both.
    (card.querySelector('footer') ?? line).scrollIntoView({ block: 'nearest' });
  }

  focusTitle(): void {
    this.current?.querySelector<HTMLElement>('.title')?.focus();
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
  }
}
