import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { buildClaimIndex, checkClaim } from '../../src/core/claims/check.js';
import { corpus, lexicon } from './corpus.js';

const claimIndex = buildClaimIndex(corpus, lexicon);

const ROOT = join(import.meta.dirname, '../..');
const FIX = join(ROOT, 'tests/fixtures');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += `${s}\n`), (s) => (err += `${s}\n`));
  return { code, out, err };
}

describe('gloss scan', () => {
  it('scans an HTML file the way the content script reads a page', async () => {
    const r = await run('scan', join(FIX, 'pages/news.html'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.kind).toBe('html');
    expect(json.title).toMatch(/South Sudan/);
    const surfaces = json.mentions.map((m: { surface: string }) => m.surface);
    expect(surfaces).toContain('Directive 25'); // split across <b> elements
    expect(surfaces).not.toContain('Vietnam DPKO'); // only in a <textarea>
    for (const m of json.mentions) {
      expect(Object.keys(m).sort()).toEqual(['end', 'start', 'surface', 'topic', 'why']);
      expect(typeof m.why.alias).toBe('string');
    }
    const topic = json.topics.find((t: { id: string }) => t.id === 'directive-25');
    expect(topic.count).toBe(1);
    expect(topic.facts.length).toBeGreaterThanOrEqual(2);
    expect(topic.facts[0].excerpts[0].cite).toMatch(/ISEAS Perspective/);
  });

  it('scans plain text and prints mentions, then facts, for people', async () => {
    const r = await run('scan', join(FIX, 'cli/article.txt'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mentions of \d+ topics/);
    expect(r.out).toMatch(/"Directive 25-CT\/TW" → directive-25/);
    expect(r.out).toMatch(/“.+”\n\s+— .+ · .+ · \d{1,2} \w+ \d{4}/);
  });

  it('says plainly when a page mentions nothing the corpus knows', async () => {
    const r = await run('scan', join(FIX, 'pages/unrelated.html'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 mentions of 0 topics\nThe corpus knows nothing mentioned here\./);
  });

  it('fails with one line and a non-zero exit on a missing, empty or directory input', async () => {
    for (const [args, message] of [
      [['scan', join(FIX, 'nope.html')], /^gloss: cannot read .*nope\.html: no such file\n$/],
      [['scan', join(FIX, 'cli/empty.txt')], /^gloss: .*empty\.txt is empty\n$/],
      [['scan', FIX], /^gloss: cannot read .*: it is a directory\n$/],
      [['scan'], /^gloss: scan takes exactly one FILE\n$/],
    ] as const) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
  });
});

describe('gloss search', () => {
  it('finds facts despite a typo, with --json', async () => {
    const r = await run('search', 'feild hosptal', '--json', '--limit', '5');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.hits).toHaveLength(5);
    expect(Object.keys(json.hits[0]).sort()).toEqual(['id', 'kind', 'score', 'title']);
  });
  it('rejects a bad --limit', async () => {
    const r = await run('search', 'x', '--limit', 'ten');
    expect(r).toMatchObject({ code: 2, err: 'gloss: --limit must be a positive whole number, not "ten"\n' });
  });
});

describe('gloss check', () => {
  // The same engine as the extension's "Check with Gloss": the CLI must give the engine's verdicts.
  it.each([
    ['Vietnam has sent 29 officers to UN missions', 'same'],
    ['Since 2014 Vietnam has deployed 600 personnel to UN peacekeeping missions', 'differs'],
    ['Women make up 16 per cent of Vietnam’s deployed peacekeepers', 'same'],
    ['The Eiffel Tower is 330 metres tall', 'nothing'],
    ['Bangladesh sent 6,000 peacekeepers to UN missions in 2020', 'nothing'],
  ])('%s → %s', async (claim, verdict) => {
    const r = await run('check', claim, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.verdict).toBe(verdict);
    expect(json.verdict).toBe(checkClaim(claimIndex, claim).verdict);
    for (const res of json.results) expect(res.fact.excerpts[0].cite).toMatch(/ · /);
  });
  it('prints the verdict first for people', async () => {
    const r = await run('check', 'The Eiffel Tower is 330 metres tall');
    expect(r.out).toBe('The corpus says nothing about this.\n');
  });
  it('--date reads "last year" from when the claim was written', async () => {
    const claim = 'Vietnam dispatched its first level-2 hospital to South Sudan in October last year.';
    expect(JSON.parse((await run('check', claim, '--date', '2019-06-28', '--json')).out).verdict).toBe('same');
    expect(JSON.parse((await run('check', claim, '--date', '2020-03', '--json')).out).verdict).toBe('differs');
    expect(await run('check', claim, '--date', 'last week')).toMatchObject({ code: 2, err: 'gloss: --date must be YYYY, YYYY-MM or YYYY-MM-DD, not "last week"\n' });
  });
  it('rejects an empty claim', async () => {
    expect(await run('check', '  ')).toMatchObject({ code: 2, err: 'gloss: check needs a claim: gloss check "Vietnam has sent 29 officers"\n' });
  });
});

describe('gloss usage errors', () => {
  it('unknown option, unknown command, no command', async () => {
    expect((await run('scan', 'x', '--frobnicate')).err).toMatch(/^gloss: Unknown option '--frobnicate'/);
    expect((await run('scan', 'x', '--frobnicate')).code).toBe(2);
    expect(await run('launch')).toMatchObject({ code: 2, err: 'gloss: unknown command "launch" (scan, check or search); see gloss --help\n' });
    expect((await run()).code).toBe(2);
    expect((await run('--help')).out).toMatch(/^usage: gloss/);
  });
  it('the installed bin runs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gloss.mjs'), 'search', 'Directive 25', '--limit', '1'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/directive-25/);
  });
});
