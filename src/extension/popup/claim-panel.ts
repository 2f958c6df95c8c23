/**
 * "Check a claim": takes the page's selection (or what was typed), asks the background's claim
 * engine, and shows the verdict, the figures side by side and the closest facts.
 */
import { factView } from '../../core/corpus/views.js';
import { send, sendToTab } from '../shared/send.js';
import { corpusIndex } from '../ui/bundled-corpus.js';
import { replaceChildren } from '../ui/dom.js';
import { VERDICT_LABELS } from '../ui/format.js';
import { renderClaimCheck } from '../ui/render-claim-check.js';
import { popupRenderOptions } from './render-context.js';

export interface ClaimPanelElements {
  claim: HTMLTextAreaElement;
  checkSelection: HTMLButtonElement;
  check: HTMLButtonElement;
  /** Live region: one short line per check, which screen readers announce. */
  status: HTMLElement;
  result: HTMLElement;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function startClaimPanel(els: ClaimPanelElements, tabId: number | undefined): void {
  const doc = els.result.ownerDocument;
  let running = 0;
  /** The live region's line; after a result it is only announced, since the verdict shows it. */
  const say = (text: string, shown = true): void => {
    els.status.textContent = text;
    els.status.classList.toggle('visually-hidden', !shown);
  };

  async function check(): Promise<void> {
    const text = els.claim.value.trim();
    if (!text) {
      say('Type or paste a claim first, or select one on the page.');
      els.claim.focus();
      return;
    }
    const run = ++running;
    els.result.setAttribute('aria-busy', 'true');
    say('Checking…');
    try {
      const result = await send('claim/check', { text });
      if (run !== running) return; // a newer check has started
      const index = corpusIndex();
      replaceChildren(els.result, [
        renderClaimCheck(doc, result, { ...popupRenderOptions, factView: (fact) => factView(index, fact) }),
      ]);
      els.result.dataset.claim = text; // which claim the shown verdict answers
      say(`${VERDICT_LABELS[result.verdict]}.`, false);
    } catch (e) {
      if (run !== running) return;
      replaceChildren(els.result, []);
      delete els.result.dataset.claim;
      say(`The check failed: ${message(e)}`);
    } finally {
      if (run === running) els.result.removeAttribute('aria-busy');
    }
  }

  async function checkSelection(): Promise<void> {
    if (tabId === undefined) {
      say('There is no page to take a selection from. Type or paste a claim instead.');
      els.claim.focus();
      return;
    }
    let text: string;
    try {
      text = (await sendToTab(tabId, 'selection/get', {})).text.trim();
    } catch {
      say('Gloss cannot read this page’s selection (it may need a reload). Type or paste the claim instead.');
      els.claim.focus();
      return;
    }
    if (!text) {
      say('Nothing is selected on the page. Select a sentence there, or type one here.');
      els.claim.focus();
      return;
    }
    els.claim.value = text;
    await check();
  }

  els.check.addEventListener('click', () => void check());
  els.checkSelection.addEventListener('click', () => void checkSelection());
  els.claim.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void check();
    }
  });
}
