/**
 * The content script's entry: loads the compiled matcher (not the corpus — cards come from the
 * background), reads the settings, and starts the page controller unless the site is paused.
 */
import lexiconData from '@corpus/content-lexicon.json';
import { loadLexicon, type LexiconData } from '../../core/match/lexicon.js';
import { handleMessages } from '../shared/handle.js';
import type { ContentApi } from '../shared/messages.js';
import { CONTENT_PAYLOADS } from '../shared/content-payloads.js';
import { ext } from '../shared/ext.js';
import { loadSettings, watchSettings } from '../shared/settings.js';
import { CardController } from './card-controller.js';
import { ContentLifecycle } from './lifecycle.js';
import { PageController } from './page-controller.js';
import { MentionList } from './mention-list.js';

async function boot(): Promise<void> {
  // Only HTML documents: not XML viewers, not pages in design mode.
  if (!(document.documentElement instanceof HTMLElement) || document.designMode === 'on') return;
  const life = new ContentLifecycle();
  const { settings } = await loadSettings();
  const lexicon = loadLexicon(lexiconData as unknown as LexiconData);
  const page = new PageController(life, lexicon, settings);
  const cards = new CardController(life, page, settings.openCardsOn);
  const mentionList = new MentionList(life, page.store, cards, (id) => page.topicNames.get(id) ?? id.replace(/-/g, ' '));

  const stopListening = handleMessages<ContentApi>({
    'selection/get': () => ({ text: document.getSelection()?.toString() ?? '' }),
    'claim/show': ({ result, facts }) => {
      cards.showClaim(result, facts);
      return null;
    },
    'mention/focus': async ({ topic, index = 0 }) => {
      const m = page.store.all.filter((x) => x.topic === topic)[index];
      if (!m) return false;
      m.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      await cards.openTopic(m, true);
      return true;
    },
    'card/open-focused': () => cards.openFocused(),
    'mentions/list': () => mentionList.show(),
    'stats/get': () => ({ scriptingMs: page.totalMs, mentions: page.store.size }),
  }, {
    payloads: CONTENT_PAYLOADS,
    // Only Gloss's background and pages can reach a tab's content script (tabs.sendMessage).
    refuse: (_type, sender) => (sender.id === ext().runtime.id ? undefined : 'refused: not sent by Gloss'),
  });
  life.onEnd(stopListening);
  life.onEnd(watchSettings((s) => {
    cards.openOn = s.openCardsOn;
    void page.apply(s);
  }));
  // A page may delete, replace or empty our highlights (the registry is shared with its main world;
  // some pages clear it for their own use). Put them back when the reader comes back to the tab,
  // and shortly after the reader moves the pointer or scrolls: a check is a few map lookups, done
  // at most four times a second.
  life.listen(document, 'visibilitychange', () => page.repair());
  let repairQueued = false;
  const repairSoon = (): void => {
    if (repairQueued) return;
    repairQueued = true;
    life.setTimeout(() => {
      repairQueued = false;
      page.repair();
    }, 250);
  };
  life.listen(document, 'pointermove', repairSoon, { passive: true, capture: true });
  life.listen(window, 'scroll', repairSoon, { passive: true, capture: true });
  life.listen(window, 'pagehide', (e) => {
    if (!(e as PageTransitionEvent).persisted) life.end();
  });
  await page.apply(settings);
}

boot().catch((e: unknown) => console.warn('Gloss: could not start', e));
