/**
 * The content script's state machine for one page: scan (sliced), keep mentions, draw them,
 * follow changes and navigation, apply settings at once, and report topics to the background.
 */
import type { Lexicon } from '../../core/match/lexicon.js';
import { matchKey } from '../../core/text/fold.js';
import { GLOSS_UI_ATTRIBUTE } from '../../dom/page-text.js';
import { publishedDate } from '../../dom/published-date.js';
import { send } from '../shared/send.js';
import { MAX_HINT_ITEMS, MAX_SENTENCE_CHARS } from '../shared/payloads.js';
import { isPaused, type Settings } from '../shared/settings.js';
import { Highlighter } from './highlighter.js';
import { runInIdleSlices } from './idle.js';
import type { ContentLifecycle } from './lifecycle.js';
import { MentionStore } from './mention-store.js';
import { MutationFollower } from './mutation-follower.js';
import type { PageMention } from './page-scan.js';
import { scanInSlices } from './scan-in-slices.js';
import { sentenceAround } from './sentence.js';
import { MAY_STATE_A_FIGURE } from '../../core/claims/figure-cue.js';
import type { FigureHint } from '../../core/claims/hints.js';

const mutedKey = (m: Settings['mutedAliases'][number]): string => `${m.topic}\u0000${m.alias}\u0000${m.site ?? ''}`;

export class PageController {
  readonly store = new MentionStore();
  readonly highlighter: Highlighter;
  private readonly follower: MutationFollower;
  private settings: Settings;
  private active = false;
  private generation = 0;
  private url = location.href;
  private reportQueued = false;
  /** Topic names, as the background tells them (the compact lexicon has ids only). */
  readonly topicNames = new Map<string, string>();

  /** Main-thread ms spent scanning this page. */
  scriptingMs = 0;

  /** All main-thread ms Gloss spent on this page: scans plus the mutation observer. */
  get totalMs(): number {
    return this.scriptingMs + this.follower.observerMs;
  }

  constructor(private readonly life: ContentLifecycle, private readonly lex: Lexicon, settings: Settings) {
    this.settings = settings;
    this.highlighter = new Highlighter(settings.highlightStyle, settings.marks);
    this.follower = new MutationFollower(life, (n) => this.isOwnUi(n), (roots) => this.rescan(roots));
    life.onEnd(() => {
      this.highlighter.clear();
      this.store.clear();
    });
  }

  private get host(): string {
    return location.hostname;
  }

  private isOwnUi(n: Node): boolean {
    const el = n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement;
    return el?.closest(`[${GLOSS_UI_ATTRIBUTE}]`) != null;
  }

  /**
   * The page's publication date, when its metadata gives one: `{ published }` for a message, or
   * nothing. Read once per address: reports follow every change of a busy page.
   */
  private publishedRead?: { url: string; value: { published?: string } };
  private published(): { published?: string } {
    if (this.publishedRead?.url !== location.href) {
      const date = publishedDate(document);
      this.publishedRead = { url: location.href, value: date ? { published: date } : {} };
    }
    return this.publishedRead.value;
  }

  private topicName = (id: string): string => this.lex.data.topics.find((t) => t.id === id)?.name ?? id;

  /** Corrections match by folded alias, so "Directive 25" muted once is muted in any spelling. */
  private isMuted = (topic: string, alias: string): boolean => {
    if (this.settings.mutedAliases.length === 0) return false;
    const key = matchKey(alias);
    return this.settings.mutedAliases.some((m) => m.topic === topic && matchKey(m.alias) === key && (!m.site || m.site === this.host));
  };

  /** Starts or stops according to the settings; safe to call again after every settings change. */
  async apply(settings: Settings): Promise<void> {
    const previous = this.settings;
    this.settings = settings;
    const paused = isPaused(settings, this.host);
    this.highlighter.configure(settings.highlightStyle, settings.marks);
    if (paused) {
      if (this.active || previous === settings) this.stop();
      this.report();
      return;
    }
    if (!this.active) return this.start();
    const before = new Set(previous.mutedAliases.map(mutedKey));
    const after = new Set(settings.mutedAliases.map(mutedKey));
    if ([...before].some((k) => !after.has(k))) return this.start(); // a correction undone: look again
    if ([...after].some((k) => !before.has(k))) this.unmarkMuted(); // a correction added: unmark at once
  }

  /** Takes muted mentions off the page without a rescan, so "wrong match" acts at once. */
  private unmarkMuted(): void {
    const removed = this.store.removeWhere((m) => this.isMuted(m.topic, m.why.alias));
    if (removed.length === 0) return;
    this.highlighter.remove(removed.map((m) => m.range));
    this.report();
  }

  private stop(): void {
    this.active = false;
    this.generation++;
    this.follower.stop();
    this.highlighter.clear();
    this.store.clear();
  }

  /** A full scan of the page (first run, resume, navigation, corrections changed). */
  async start(): Promise<void> {
    this.stop();
    this.active = true;
    this.follower.start();
    const root = document.body ?? document.documentElement;
    await this.scanRoots([root]);
    this.watchNavigation();
  }

  private async scanRoots(roots: Element[]): Promise<void> {
    const generation = this.generation;
    const options = {
      title: document.title,
      pageTopics: new Set(this.store.unordered.filter((m) => !m.why.ambiguous).map((m) => m.topic)),
      isMuted: this.isMuted,
    };
    for (const root of roots) {
      if (!root.isConnected) continue;
      const found = await scanInSlices(this.lex, root, options, {
        signal: this.life.signal,
        wanted: () => generation === this.generation,
        draw: (batch) => {
          this.highlighter.add(this.store.add(batch).map((m) => m.range));
        },
        onSlice: (_step, _start, ms) => {
          this.scriptingMs += ms;
          this.follower.addBusy(ms);
        },
      });
      if (!found) return;
      void this.addHints(found, generation);
    }
    this.report();
  }

  /**
   * Claim hints: mentions whose sentence states a figure are sent (sentence and topic only) to the
   * background, which compares them with the topic's facts. Most pages have none: no message.
   */
  private async addHints(found: PageMention[], generation: number): Promise<void> {
    const asked: { mention: PageMention; sentence: string }[] = [];
    // A block whose text has no figure at all is read once, then skipped for its other mentions.
    const noFigure = new WeakSet<Node>();
    let next = 0;
    const done = await runInIdleSlices((keepGoing) => {
      const t0 = performance.now();
      while (next < found.length && keepGoing()) {
        const m = found[next++]!;
        const parent = m.range.startContainer.parentNode;
        if (!parent || noFigure.has(parent)) continue;
        const sentence = sentenceAround(m.range);
        if (sentence && sentence.length <= MAX_SENTENCE_CHARS && MAY_STATE_A_FIGURE.test(sentence)) asked.push({ mention: m, sentence });
        else if (!MAY_STATE_A_FIGURE.test(parent.textContent ?? '')) noFigure.add(parent);
      }
      this.scriptingMs += performance.now() - t0;
      return next >= found.length;
    }, this.life.signal);
    if (!done || asked.length === 0 || generation !== this.generation) return;
    const hints: (FigureHint | null)[] = [];
    try {
      for (let i = 0; i < asked.length; i += MAX_HINT_ITEMS) {
        const batch = asked.slice(i, i + MAX_HINT_ITEMS).map((a) => ({ topic: a.mention.topic, sentence: a.sentence }));
        hints.push(...(await send('hints/check', { items: batch, ...this.published() })));
        if (generation !== this.generation || !this.life.alive) return;
      }
    } catch {
      return; // Hints are extra: the marks stand without them.
    }
    if (generation !== this.generation || !this.life.alive) return;
    // One hint per sentence, on its first mention that has one: discreet, not a rash of marks.
    const hinted = new Set<string>();
    hints.forEach((h, i) => {
      const { mention, sentence } = asked[i]!;
      if (h && !hinted.has(sentence)) {
        hinted.add(sentence);
        mention.hint = h;
      }
    });
    this.highlighter.setHints(this.store.unordered.filter((m) => m.hint?.status === 'differs').map((m) => m.range));
  }

  private async rescan(roots: Element[]): Promise<void> {
    if (!this.active) return;
    if (location.href !== this.url) return this.onNavigation();
    const t0 = performance.now();
    const removed = [...this.store.removeWithin(null), ...roots.flatMap((r) => this.store.removeWithin(r))];
    this.highlighter.remove(removed.map((m) => m.range));
    this.scriptingMs += performance.now() - t0;
    await this.scanRoots(roots);
  }

  private navigationWatched = false;
  private watchNavigation(): void {
    if (this.navigationWatched) return;
    this.navigationWatched = true;
    const check = (): void => {
      if (this.active && location.href !== this.url) void this.onNavigation();
    };
    this.life.listen(window, 'popstate', check);
    const nav = (window as Window & { navigation?: EventTarget }).navigation;
    if (nav) this.life.listen(nav, 'navigatesuccess', check);
    // Fallback for pushState without the Navigation API: a cheap string comparison once a second.
    const id = window.setInterval(() => {
      if (this.life.alive) check();
    }, 1000);
    this.life.onEnd(() => window.clearInterval(id));
    this.life.listen(window, 'pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted) this.report();
    });
  }

  private async onNavigation(): Promise<void> {
    this.url = location.href;
    await this.start();
  }

  /** Sends the page's topics to the background (coalesced). */
  report(): void {
    if (this.reportQueued) return;
    this.reportQueued = true;
    queueMicrotask(() => {
      this.reportQueued = false;
      if (!this.life.alive) return;
      const paused = isPaused(this.settings, this.host);
      send('page/report', {
        url: location.href,
        title: document.title,
        topics: paused ? [] : this.store.topics(this.topicName),
        ...(paused ? { paused: true } : {}),
        ...this.published(),
      }).then((names) => {
        for (const [id, name] of Object.entries(names)) this.topicNames.set(id, name);
      }).catch(() => {
        // The worker restarts on the next message; a lost report is redone on the next change.
      });
    });
  }

  /** Re-draws highlights if the page deleted, replaced or emptied them (time counted in totalMs). */
  repair(): void {
    const t0 = performance.now();
    if (this.highlighter.tampered()) this.highlighter.render();
    this.scriptingMs += performance.now() - t0;
  }
}
