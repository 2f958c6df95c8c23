import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildCorpus, type DataFile } from '../../src/corpus-build/build-corpus.js';
import { formatDiagnostic } from '../../src/corpus-build/diagnostics.js';
import { readDataDir } from '../../src/corpus-build/read-data-dir.js';
import { loadLexicon } from '../../src/core/match/lexicon.js';
import { detectMentions } from '../../src/core/match/detect.js';

const ROOT = join(import.meta.dirname, '../..');
const real = readDataDir(join(ROOT, 'data'));
const extra = readDataDir(join(ROOT, 'tests/fixtures/extra-corpus'));

const errorsOf = (files: DataFile[]): string[] => buildCorpus(files).errors.map(formatDiagnostic);

/** The real corpus with one file replaced (or added). */
function withFile(path: string, content: string): DataFile[] {
  return [...real.filter((f) => f.path !== path), { path, content }];
}
const SOURCE = real.find((f) => f.path === 'sources/un-vietnam-2018-11-23.md')!;
const FACTS = real.find((f) => f.path === 'facts/conference-2018.yaml')!;
const TOPICS = real.find((f) => f.path === 'topics/topics.yaml')!;

describe('the real corpus', () => {
  const built = buildCorpus(real);
  it('validates with no errors', () => {
    expect(built.errors.map(formatDiagnostic)).toEqual([]);
  });
  it('meets the size the product needs', () => {
    expect(built.corpus!.sources).toHaveLength(4);
    expect(built.corpus!.topics.length).toBeGreaterThanOrEqual(40);
    expect(built.corpus!.facts.length).toBeGreaterThanOrEqual(120);
  });
  it('keeps one copy of the duplicated ISEAS article, with its footnotes', () => {
    const iseas = built.corpus!.sources.find((s) => s.id === 'iseas-2021-6')!;
    expect(iseas.seeds.sort()).toEqual(['002_357f141f856bc272.txt', '003_c4074a6f6b53cb0a.txt']);
    expect(iseas.passages.filter((p) => p.kind === 'footnote')).toHaveLength(48);
  });
  it('cites both outlets for a fact both 2018 reports state', () => {
    const both = built.corpus!.facts.filter((f) => new Set(f.excerpts.map((e) => e.source)).size > 1);
    expect(both.some((f) => f.excerpts.some((e) => e.source === 'un-vietnam-2018-11-23') && f.excerpts.some((e) => e.source === 'news-2018-11-26'))).toBe(true);
  });
  it('every excerpt is in its passage, and every fact topic exists', () => {
    const c = built.corpus!;
    const topics = new Set(c.topics.map((t) => t.id));
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    for (const f of c.facts) {
      for (const t of f.topics) expect(topics.has(t)).toBe(true);
      for (const e of f.excerpts) {
        const p = c.sources.find((s) => s.id === e.source)!.passages.find((x) => x.id === e.passage)!;
        expect(norm(`[${p.footnote}] ${p.text}`).includes(e.text) || norm(p.text).includes(e.text)).toBe(true);
      }
    }
  });
});

describe('adding a document needs no code', () => {
  it('builds a sixth document with its topic and fact from a fixture folder, and detects it', () => {
    const built = buildCorpus([...real, ...extra]);
    expect(built.errors.map(formatDiagnostic)).toEqual([]);
    expect(built.corpus!.sources.map((s) => s.id)).toContain('example-bulletin-2023');
    const lex = loadLexicon(built.lexicon!);
    const found = detectMentions(lex, 'Officials from the MRC met again; the Ủy hội sông Mê Công published data.');
    expect(found.map((m) => m.topic)).toEqual(['mekong-river-commission', 'mekong-river-commission']);
  });
});

describe('the build fails with file and line', () => {
  it('on an excerpt that is not verbatim in its source', () => {
    const bad = FACTS.content.replace(/(text: ")([A-Z])/, '$1X$2');
    const errors = errorsOf(withFile('facts/conference-2018.yaml', bad));
    expect(errors.some((e) => /^data\/facts\/conference-2018\.yaml:\d+: fact c18-[a-z0-9-]+: excerpt not found verbatim in /.test(e))).toBe(true);
  });
  it('tolerates whitespace differences in excerpts, nothing else', () => {
    const spaced = FACTS.content.replace(/(text: "[^"]*?) ([^"]*")/, '$1   $2');
    expect(errorsOf(withFile('facts/conference-2018.yaml', spaced))).toEqual([]);
  });
  it('on a duplicated fact id', () => {
    const dup = `${FACTS.content}\n${FACTS.content.slice(FACTS.content.indexOf('- id:'), FACTS.content.indexOf('- id:', FACTS.content.indexOf('- id:') + 1))}`;
    expect(errorsOf(withFile('facts/conference-2018.yaml', dup)).some((e) => /conference-2018\.yaml:\d+: fact id ".*" is already used at data\/facts\/conference-2018\.yaml:\d+/.test(e))).toBe(true);
  });
  it('on a dangling topic reference', () => {
    const bad = FACTS.content.replace(/topics: \[/, 'topics: [no-such-topic, ');
    expect(errorsOf(withFile('facts/conference-2018.yaml', bad)).some((e) => /conference-2018\.yaml:\d+: fact .*: topic "no-such-topic" does not exist/.test(e))).toBe(true);
  });
  it('on a dangling source reference', () => {
    const bad = FACTS.content.replace('source: un-vietnam-2018-11-23', 'source: nowhere-2020');
    expect(errorsOf(withFile('facts/conference-2018.yaml', bad)).some((e) => /source "nowhere-2020" does not exist/.test(e))).toBe(true);
  });
  it('on a topic with no fact', () => {
    const errors = errorsOf([...real, { path: 'topics/lonely.yaml', content: '- id: lonely-topic\n  name: Lonely Topic Name\n  kind: concept\n  description: Nothing says anything about it.\n' }]);
    expect(errors).toContain('data/topics/lonely.yaml:1: topic lonely-topic has no fact: every topic must be the subject of at least one fact');
  });
  it('on an alias claimed by two topics without being marked ambiguous', () => {
    const errors = errorsOf([...real, { path: 'topics/clash.yaml', content: '- id: clash-topic\n  name: Clash Topic\n  kind: concept\n  description: Claims an alias another topic has.\n  aliases:\n    - Resolution 130/2020/QH14\n' }]);
    expect(errors.some((e) => /^data\/topics\/clash\.yaml:6: alias "resolution1302020qh14" of topic clash-topic is also claimed by resolution-130-2020-qh14/.test(e))).toBe(true);
  });
  it('on a missing required field', () => {
    const bad = TOPICS.content.replace(/\n  kind: [a-z]+\n/, '\n');
    expect(errorsOf(withFile('topics/topics.yaml', bad)).some((e) => /^data\/topics\/topics\.yaml:\d+: topic [a-z0-9-]+: missing required field "kind"/.test(e))).toBe(true);
  });
  it('on a malformed date', () => {
    const bad = FACTS.content.replace(/as_of: [0-9-]+/, 'as_of: 23/11/2018');
    expect(errorsOf(withFile('facts/conference-2018.yaml', bad)).some((e) => /conference-2018\.yaml:\d+: fact .*: "as_of" value "23\/11\/2018" is malformed/.test(e))).toBe(true);
  });
  it('on malformed YAML, naming the line', () => {
    const errors = errorsOf(withFile('facts/conference-2018.yaml', '- id: x\n  statement: [unclosed\n'));
    expect(errors[0]).toMatch(/^data\/facts\/conference-2018\.yaml:\d+: YAML: /);
  });
  it('on a source paragraph without an id', () => {
    const bad = SOURCE.content.replace('{#p3} ', '');
    expect(errorsOf(withFile('sources/un-vietnam-2018-11-23.md', bad)).some((e) => /^data\/sources\/un-vietnam-2018-11-23\.md:\d+: paragraph has no \{#id\} tag/.test(e))).toBe(true);
  });
  it('on a duplicated paragraph id', () => {
    const bad = SOURCE.content.replace('{#p3} ', '{#p2} ');
    expect(errorsOf(withFile('sources/un-vietnam-2018-11-23.md', bad)).some((e) => /paragraph id "p2" is already used on line \d+/.test(e))).toBe(true);
  });
  it('on a source without front matter', () => {
    expect(errorsOf(withFile('sources/un-vietnam-2018-11-23.md', '{#p1} text\n'))).toContain('data/sources/un-vietnam-2018-11-23.md:1: a source must start with a front-matter block ("---")');
  });
});
