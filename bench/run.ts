/**
 * `npm run bench`: Gloss's page scan side by side with a bare text walk (the floor), a RegExp
 * union, modern-ahocorasick and mark.js, in headless Debian Chromium on generated pages and
 * lexicons; plus the longest task of an idle-sliced scan, heap, shipped size, popup and search
 * latency. Writes bench/results/latest.json, prints the tables, and rewrites the README's
 * "## Performance" section. Options: see config.ts.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Corpus } from '../src/core/corpus/types.js';
import { cases, idleCases, LEXICONS, PAGES, parseOptions, SEARCH_FACTS } from './config.js';
import { aliasPool, allAliases } from './gen/aliases.js';
import { syntheticTopics } from './gen/lexicons.js';
import { generatePage, type GeneratedPage } from './gen/page.js';
import { compileLexicon } from '../src/core/match/lexicon.js';
import { ensureBuild } from './node/build.js';
import { bundleBrowserBench } from './node/bundle.js';
import { launchBench } from './node/chromium.js';
import { loadNow, machine } from './node/machine.js';
import { updateReadme } from './node/readme.js';
import { fullReport } from './node/report.js';
import type { LexiconResult, PageResult, Results } from './node/results.js';
import { serve } from './node/server.js';
import { PageSession } from './node/session.js';
import { evaluateTargets } from './node/targets.js';
import { runIdle, type IdleResult } from './suites/idle.js';
import { runCase, type CaseResult } from './suites/matrix.js';
import { measurePopup, type PopupResult } from './suites/popup.js';
import { measureSearch } from './suites/search.js';
import { measureSize, shippedLexicon } from './suites/size.js';

const ROOT = resolve(import.meta.dirname, '..');
const started = performance.now();
const log = (s: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}`);

const options = parseOptions(process.argv.slice(2));
const buildCurrent = ensureBuild(ROOT, log);
const corpus = JSON.parse(readFileSync(join(ROOT, 'dist/corpus/corpus.json'), 'utf8')) as Corpus;
// The real lexicon exactly as the content script embeds it.
const realLexicon = readFileSync(join(ROOT, shippedLexicon(ROOT)), 'utf8');
const marksCss = readFileSync(join(ROOT, 'dist/chrome/content/marks.css'), 'utf8');

const plan = cases(options);
const idlePlan = idleCases(options);
const pageIds = [...new Set(plan.map((c) => c.page))];
const lexiconIds = [...new Set([...plan.map((c) => c.lexicon), ...idlePlan.map((c) => c.lexicon)])];

// Inputs: pages and lexicons, generated from fixed seeds.
const pool = aliasPool(corpus.topics);
const pages = new Map<string, GeneratedPage>();
for (const id of pageIds) {
  const spec = PAGES.find((p) => p.id === id)!;
  pages.set(id, generatePage({ name: id, seed: spec.seed, targetChars: spec.chars, ...(spec.mentions ? { pool } : {}) }));
}
const server = await serve();
for (const id of lexiconIds) {
  const spec = LEXICONS.find((l) => l.id === id)!;
  const topics = spec.aliases ? syntheticTopics(corpus.topics, spec.aliases) : corpus.topics;
  const data = spec.aliases ? JSON.stringify(compileLexicon(topics)) : realLexicon;
  server.set(`/lexicon/${id}.json`, data, 'application/json');
  server.set(`/aliases/${id}.json`, JSON.stringify(allAliases(topics)), 'application/json');
}
log(`generated ${pages.size} pages and ${lexiconIds.length} lexicons`);
server.set('/bench.js', await bundleBrowserBench(ROOT), 'text/javascript');
for (const [id, p] of pages) {
  server.set(`/page/${id}.html`, p.html.replace('<head>', `<head><script src="/bench.js"></script><style>${marksCss}</style>`));
}

const browser = await launchBench();
const info = machine(browser.version());
const caseResults: CaseResult[] = [];
const idleResults: IdleResult[] = [];
const pageResults: PageResult[] = [];
const lexiconResults = new Map<string, LexiconResult>();
try {
  for (const id of pageIds) {
    const spec = PAGES.find((p) => p.id === id)!;
    const gen = pages.get(id)!;
    const session = await PageSession.open(browser, `${server.origin}/page/${id}.html`);
    pageResults.push({ id, label: spec.label, ...session.info, planted: gen.planted, plantedSplit: gen.plantedSplit });
    log(`${spec.label}: ${session.info.visibleChars.toLocaleString('en-US')} visible characters, ${session.info.textNodes.toLocaleString('en-US')} text nodes`);
    const lexHere = [...new Set([...plan.filter((c) => c.page === id).map((c) => c.lexicon), ...idlePlan.filter((c) => c.page === id).map((c) => c.lexicon)])];
    for (const lex of lexHere) {
      if (!lexiconResults.has(lex)) {
        // The lexicon's own heap, loaded alone as the content script holds it.
        await session.release();
        const before = await session.heapUsed();
        await session.holdLexicon(lex);
        const heapBytes = (await session.heapUsed()) - before;
        await session.release();
        const l = await session.loadLexicon(lex);
        lexiconResults.set(lex, { ...l, label: LEXICONS.find((x) => x.id === lex)!.label, heapBytes });
      } else await session.loadLexicon(lex);
      for (const c of plan.filter((x) => x.page === id && x.lexicon === lex)) caseResults.push(await runCase(session, c, options.runs, log));
      if (idlePlan.some((x) => x.page === id && x.lexicon === lex)) idleResults.push(await runIdle(session, id, lex, log));
      await session.dropLexicon(lex);
    }
    await session.close();
  }
} finally {
  await browser.close();
  await server.close();
}

log('content script size');
const size = measureSize(ROOT);
log('popup (built extension loaded)');
let popup: PopupResult | { error: string };
try {
  const article = pages.get('article-100k') ?? generatePage({ name: 'popup', seed: 101, targetChars: 100_000, pool });
  popup = await measurePopup(article.html);
} catch (e) {
  popup = { error: e instanceof Error ? e.message : String(e) };
}
log('search');
const search = SEARCH_FACTS.map((f) => measureSearch(corpus, f));

const partial = {
  date: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  options: { runs: options.runs, quick: options.quick, full: options.full },
  buildCurrent,
  machine: { ...info, loadEnd: loadNow() },
  durationS: Math.round((performance.now() - started) / 1000),
  pages: pageResults,
  lexicons: LEXICONS.filter((l) => lexiconResults.has(l.id)).map((l) => lexiconResults.get(l.id)!),
  cases: caseResults,
  idle: idleResults,
  size,
  popup,
  search,
};
const results: Results = { ...partial, targets: evaluateTargets(partial) };
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const out = options.quick ? 'bench/results/quick.json' : 'bench/results/latest.json';
writeFileSync(join(ROOT, out), `${JSON.stringify(results, null, 1)}\n`);
console.log(`\n${fullReport(results)}\n`);
log(`results written to ${out}`);
if (options.readme) {
  updateReadme(ROOT, results);
  log('README.md: "## Performance" rewritten');
}
