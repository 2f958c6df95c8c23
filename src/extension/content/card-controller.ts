/**
 * Opens and closes cards: after a short dwell of the pointer on a mark (no flicker when it just
 * passes by), on click when the user prefers that, or from the keyboard command on the mention
 * at the selection or focus. Esc closes and gives focus back.
 */
import type { FactView, TopicView } from '../../core/corpus/views.js';
import type { ClaimCheck } from '../../core/claims/check.js';
import { send } from '../shared/send.js';
import { addCorrection, CorrectionsFullError, updateSettings, type MutedAlias, type OpenCardsOn } from '../shared/settings.js';
import { CardHost } from './card-host.js';
import { trusted } from './trusted.js';
import { renderClaimCard, renderTopicCard, type CardActions } from './card-view.js';
import { anchorRect, mentionAt, mentionAtSelectionOrFocus } from './hit-test.js';
import type { ContentLifecycle } from './lifecycle.js';
import type { PageMention } from './page-scan.js';
import type { PageController } from './page-controller.js';

const DWELL_MS = 300;
const LEAVE_MS = 350;

export class CardController {
  private readonly host = new CardHost();
  private readonly cache = new Map<string, Promise<TopicView>>();
  private openFor?: PageMention;
  private candidate?: PageMention;
  private dwell?: number;
  private leave?: number;
  private returnFocus?: Element | null;
  private pointer = { x: 0, y: 0 };
  private frame = 0;
  openOn: OpenCardsOn;

  constructor(private readonly life: ContentLifecycle, private readonly page: PageController, openOn: OpenCardsOn) {
    this.openOn = openOn;
    life.onEnd(() => this.host.destroy());
    life.listen(document, 'pointermove', trusted((e) => this.onPointerMove(e as PointerEvent)), { passive: true, capture: true });
    life.listen(document, 'click', trusted((e) => this.onClick(e as MouseEvent)), { capture: true });
    life.listen(document, 'keydown', trusted((e) => this.onKey(e as KeyboardEvent)), { capture: true });
    life.listen(window, 'scroll', trusted(() => this.close(false)), { passive: true, capture: true });
    life.listen(window, 'resize', trusted(() => this.close(false)), { passive: true });
  }

  private onPointerMove(e: PointerEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  }

  /** Dwell and leave timers, from the latest pointer position. */
  private track(): void {
    if (!this.life.alive) return;
    const overCard = this.host.contains(document.elementFromPoint(this.pointer.x, this.pointer.y));
    const m = overCard ? this.openFor : this.page.store.size ? mentionAt(this.page.store, this.pointer.x, this.pointer.y) : undefined;
    if (m && m === this.openFor) {
      window.clearTimeout(this.leave);
      this.leave = undefined;
      return;
    }
    if (this.host.open && this.leave === undefined) this.leave = window.setTimeout(() => this.close(false), LEAVE_MS);
    if (this.openOn !== 'hover') return;
    if (m !== this.candidate) {
      window.clearTimeout(this.dwell);
      this.candidate = m;
      if (m) {
        const { x, y } = this.pointer;
        this.dwell = window.setTimeout(() => {
          if (this.life.alive && this.candidate === m) void this.openTopic(m, false, x, y);
        }, DWELL_MS);
      }
    }
  }

  private onClick(e: MouseEvent): void {
    if (this.host.contains(e.target)) return;
    const m = this.page.store.size ? mentionAt(this.page.store, e.clientX, e.clientY) : undefined;
    if (m && this.openOn === 'click') void this.openTopic(m, false, e.clientX, e.clientY);
    else if (this.host.open) this.close(false);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.host.open) {
      e.stopPropagation();
      this.close(true);
    }
  }

  private actions(m?: PageMention): CardActions {
    return {
      openReader: (source, passage, text) => void send('reader/open', { source, passage, text }).catch(() => undefined),
      pauseSite: () => {
        const host = location.hostname;
        void this.save(() => updateSettings((s) => {
          if (!s.pausedSites.includes(host)) s.pausedSites.push(host);
        }));
      },
      muteHere: () => this.mute(m, location.hostname),
      muteEverywhere: () => this.mute(m),
      close: () => this.close(true),
    };
  }

  /** A correction: never mark this mention's alias for its topic (on `site`, or anywhere). */
  private mute(m: PageMention | undefined, site?: string): void {
    if (!m) return;
    const entry: MutedAlias = { topic: m.topic, alias: m.why.alias, added: Date.now() };
    if (site) entry.site = site;
    void this.save(() => updateSettings((s) => {
      const { list, outcome } = addCorrection(s.mutedAliases, entry);
      if (outcome === 'full') throw new CorrectionsFullError();
      s.mutedAliases = list; // unchanged for a duplicate: nothing is written
    }));
  }

  /** Saves a change from the card; closes it when saved, else says in it why not. */
  private async save(change: () => Promise<unknown>): Promise<void> {
    try {
      await change();
      this.close(true);
    } catch (e) {
      if (this.life.alive) this.host.showError(`Not saved: ${(e instanceof Error ? e.message : String(e)).replace(/\.$/, '')}.`);
    }
  }

  private topicView(id: string): Promise<TopicView> {
    let p = this.cache.get(id);
    if (!p) {
      p = send('topic/card', { topic: id });
      this.cache.set(id, p);
      p.catch(() => this.cache.delete(id));
    }
    return p;
  }

  get isOpen(): boolean {
    return this.host.open;
  }

  /** Opens `m`'s card; `returnTo` gets focus back when it closes (else the focused element). */
  async openTopic(m: PageMention, fromKeyboard: boolean, x?: number, y?: number, returnTo?: HTMLElement): Promise<void> {
    window.clearTimeout(this.leave);
    this.leave = undefined;
    if (this.openFor === m && this.host.open) return;
    let view: TopicView;
    try {
      view = await this.topicView(m.topic);
    } catch (e) {
      console.warn('Gloss: card unavailable', e);
      return;
    }
    if (!this.life.alive || !m.range.startContainer.isConnected) return;
    if (fromKeyboard) this.returnFocus = returnTo ?? document.activeElement;
    this.openFor = m;
    this.host.show(renderTopicCard(view, m, this.actions(m)), anchorRect(m, x, y));
    this.page.highlighter.setActive(m.range);
    if (fromKeyboard) this.host.focusTitle();
  }

  /** The keyboard command: the mention at the selection or focus. */
  async openFocused(): Promise<boolean> {
    const m = mentionAtSelectionOrFocus(this.page.store);
    if (!m) return false;
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    await this.openTopic(m, true);
    return true;
  }

  showClaim(result: ClaimCheck, facts: FactView[]): void {
    const sel = document.getSelection();
    const rect = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : new DOMRect(16, 16, 0, 0);
    this.returnFocus = document.activeElement;
    this.openFor = undefined;
    this.host.show(renderClaimCard(result, facts, this.actions()), rect);
    this.host.focusTitle();
  }

  close(restoreFocus: boolean): void {
    window.clearTimeout(this.leave);
    window.clearTimeout(this.dwell);
    this.leave = undefined;
    this.candidate = undefined;
    if (!this.host.open) return;
    this.host.hide();
    this.openFor = undefined;
    this.page.highlighter.setActive(undefined);
    if (restoreFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
    this.returnFocus = undefined;
  }
}
