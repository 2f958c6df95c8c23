/**
 * Deterministic article-like pages: nav, header, sections of headings, paragraphs with inline
 * links and emphasis, lists, tables, quotes, an aside and a footer — and, between them, scripts,
 * styles and form fields whose text (which names corpus topics too) a reader never sees. Real
 * corpus aliases are sprinkled through the prose, a few split across inline elements
 * ("Directive <b>25</b>"). Generation stops once the visible text reaches the target size.
 */
import type { AliasPool, Plantable } from './aliases.js';
import { rng, type Rng } from './prng.js';
import { ARTICLE_WORDS, FUNCTION_WORDS, UNRELATED_WORDS } from './words.js';

export interface PageSpec {
  name: string;
  seed: number;
  /** Visible characters to generate (about). */
  targetChars: number;
  /** Without a pool the page is on unrelated topics and mentions nothing. */
  pool?: AliasPool;
  /** Chance that a sentence carries a mention. */
  mentionRate?: number;
  /** Chance that a planted multi-word mention is split across an inline element. */
  splitRate?: number;
}

export interface GeneratedPage {
  name: string;
  html: string;
  visibleChars: number;
  planted: number;
  plantedSplit: number;
}

interface Token { html: string; text: string; alias?: boolean }

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const word = (w: string): Token => ({ html: esc(w), text: w });
const INLINE_WRAPPERS = ['a', 'em', 'strong', 'b', 'i', 'span', 'code'];

class Writer {
  visible = 0;
  planted = 0;
  plantedSplit = 0;
  private refs = 0;
  constructor(private readonly r: Rng, private readonly spec: PageSpec, private readonly vocab: string[]) {}

  private filler(): string {
    const r = this.r;
    if (r.chance(0.04)) return String(r.chance(0.5) ? r.range(1990, 2024) : r.range(2, 950));
    return r.chance(0.42) ? r.pick(FUNCTION_WORDS) : r.pick(this.vocab);
  }

  private aliasTokens(p: Plantable): Token {
    const r = this.r;
    this.planted++;
    const words = p.alias.split(' ');
    if (words.length > 1 && r.chance(this.spec.splitRate ?? 0.03)) {
      // Split at a word boundary: the tail sits in an inline element of its own.
      this.plantedSplit++;
      const cut = r.range(1, words.length - 1);
      const tag = r.pick(['b', 'em', 'a', 'span', 'strong']);
      const open = tag === 'a' ? `<a href="#ref-${++this.refs}">` : `<${tag}>`;
      return { html: `${esc(words.slice(0, cut).join(' '))} ${open}${esc(words.slice(cut).join(' '))}</${tag}>`, text: p.alias, alias: true };
    }
    return { html: esc(p.alias), text: p.alias, alias: true };
  }

  /** One sentence as HTML; counts its visible characters. */
  sentence(min = 8, max = 22, mentions = true): string {
    const r = this.r;
    const tokens: Token[] = [];
    const n = r.range(min, max);
    for (let i = 0; i < n; i++) tokens.push(word(this.filler()));
    const pool = this.spec.pool;
    if (pool && mentions && r.chance(this.spec.mentionRate ?? 0.35)) {
      const ambiguous = pool.ambiguous.length > 0 && r.chance(0.12);
      const p = ambiguous ? r.pick(pool.ambiguous) : r.pick(pool.plain);
      tokens.splice(r.int(tokens.length + 1), 0, this.aliasTokens(p));
      if (p.context) tokens.splice(r.int(tokens.length + 1), 0, word(p.context));
    }
    // Inline markup over a few filler words (never over a planted alias).
    if (r.chance(0.3)) {
      const len = r.range(1, 3);
      const at = r.int(Math.max(1, tokens.length - len));
      const span = tokens.slice(at, at + len);
      if (span.length && !span.some((t) => t.alias)) {
        const tag = r.pick(INLINE_WRAPPERS);
        const open = tag === 'a' ? `<a href="#ref-${++this.refs}">` : `<${tag}>`;
        tokens.splice(at, span.length, {
          html: `${open}${span.map((t) => t.html).join(' ')}</${tag}>`,
          text: span.map((t) => t.text).join(' '),
        });
      }
    }
    const first = tokens[0]!;
    if (!first.alias && /^[a-z]/.test(first.text)) {
      tokens[0] = { html: first.html[0]!.toUpperCase() + first.html.slice(1), text: first.text[0]!.toUpperCase() + first.text.slice(1) };
    }
    if (tokens.length > 10 && r.chance(0.5)) {
      const at = r.range(3, tokens.length - 4);
      tokens[at] = { ...tokens[at]!, html: `${tokens[at]!.html},`, text: `${tokens[at]!.text},` };
    }
    const end = r.chance(0.08) ? '?' : '.';
    this.visible += tokens.reduce((s, t) => s + t.text.length + 1, 0);
    return `${tokens.map((t) => t.html).join(' ')}${end}`;
  }

  /** A visible phrase (heading, link text, cell). */
  phrase(min: number, max: number, mentions = false): string {
    const s = this.sentence(min, max, mentions);
    return s.slice(0, -1);
  }

  paragraph(): string {
    const n = this.r.range(3, 7);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.sentence());
    this.visible += 1;
    return `<p>${parts.join(' ')}</p>`;
  }
}

/** Text that no reader sees, but which names corpus topics: it must never be matched. */
function hiddenBits(r: Rng, aliases: string[]): string {
  const a = (): string => esc(aliases.length ? r.pick(aliases) : 'Directive 25');
  switch (r.int(6)) {
    case 0: return `<script>window.__analytics = (window.__analytics || []).concat([{ topic: "${a().replace(/"/g, '')}", n: ${r.int(1000)} }]);</script>`;
    case 1: return `<style>.promo-${r.int(1e6)}::after { content: "${a().replace(/"/g, '')}"; color: #333; }</style>`;
    case 2: return `<form class="newsletter" onsubmit="return false"><label>Email <input type="email" value="${a()}" placeholder="${a()}"></label><textarea>${a()} — ${a()}</textarea><select><option>${a()}</option><option>${a()}</option></select><button type="button">${a()}</button></form>`;
    case 3: return `<noscript>${a()} requires JavaScript.</noscript>`;
    case 4: return `<script type="application/ld+json">{"@type":"NewsArticle","about":"${a().replace(/"/g, '')}"}</script>`;
    default: return `<template><p>${a()}</p></template>`;
  }
}

export function generatePage(spec: PageSpec): GeneratedPage {
  const r = rng(spec.seed);
  const vocab = spec.pool ? ARTICLE_WORDS : UNRELATED_WORDS;
  const w = new Writer(r, spec, vocab);
  const hiddenAliases = spec.pool ? spec.pool.plain.map((p) => p.alias) : [];
  const out: string[] = [];
  const title = w.phrase(6, 10);
  out.push('<nav class="site-nav"><ul>');
  for (let i = 0; i < 10; i++) out.push(`<li><a href="#s${i}">${w.phrase(1, 2)}</a></li>`);
  out.push(`</ul><input type="search" placeholder="Search" value=""></nav>`);
  out.push(`<header><h1>${title}</h1><p class="byline">By ${w.phrase(2, 3)} · ${r.range(1, 28)} March ${r.range(2015, 2024)}</p></header>`);
  out.push('<main><article>');
  let section = 0;
  let tables = 0;
  while (w.visible < spec.targetChars - 600) {
    section++;
    out.push(`<section id="s${section}"><h2>${w.phrase(4, 9, true)}</h2>`);
    const paras = r.range(2, 6);
    for (let i = 0; i < paras; i++) {
      out.push(w.paragraph());
      if (r.chance(0.12)) out.push(hiddenBits(r, hiddenAliases));
    }
    if (r.chance(0.25)) {
      const tag = r.chance(0.5) ? 'ul' : 'ol';
      const items: string[] = [];
      for (let i = r.range(3, 7); i > 0; i--) items.push(`<li>${w.sentence(5, 16)}</li>`);
      out.push(`<${tag}>${items.join('')}</${tag}>`);
    }
    if (r.chance(0.15)) out.push(`<h3>${w.phrase(3, 7)}</h3>${w.paragraph()}`);
    if (r.chance(0.1)) out.push(`<blockquote>${w.paragraph()}</blockquote>`);
    if (r.chance(0.06)) out.push(`<figure><div class="chart" role="img" aria-label="chart"></div><figcaption>${w.sentence(6, 14)}</figcaption></figure>`);
    // One table early, then one every so often.
    if ((tables === 0 && section === 2) || r.chance(0.04)) {
      tables++;
      const rows: string[] = [];
      for (let i = r.range(5, 16); i > 0; i--) {
        rows.push(`<tr><td>${w.phrase(1, 3, true)}</td><td>${r.range(1, 2000)}</td><td>${r.range(1990, 2024)}</td><td>${w.phrase(2, 6)}</td></tr>`);
        w.visible += 10;
      }
      out.push(`<table><caption>${w.phrase(4, 8)}</caption><thead><tr><th>Item</th><th>Number</th><th>Year</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
    out.push('</section>');
  }
  out.push('</article></main>');
  out.push('<aside class="related"><h2>Related</h2><ul>');
  for (let i = 0; i < 5; i++) out.push(`<li><a href="#r${i}">${w.phrase(5, 9)}</a></li>`);
  out.push('</ul></aside>');
  out.push(`<footer><p>${w.sentence(8, 14, false)}</p><ul><li><a href="#about">About</a></li><li><a href="#privacy">Privacy</a></li><li><a href="#contact">Contact</a></li></ul></footer>`);

  const head = [
    '<meta charset="utf-8">',
    `<title>${title.replace(/<[^>]+>/g, '')}</title>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:0 auto;padding:1em}nav ul,footer ul{display:flex;gap:1em;list-style:none;padding:0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em}</style>',
    `<script>window.__pageConfig = { section: "news", tags: ${JSON.stringify(hiddenAliases.slice(0, 5))} };</script>`,
  ];
  return {
    name: spec.name,
    html: `<!doctype html><html lang="en"><head>${head.join('')}</head><body>${out.join('')}</body></html>`,
    visibleChars: w.visible,
    planted: w.planted,
    plantedSplit: w.plantedSplit,
  };
}
