/**
 * Every validation path of the corpus build, on a small corpus built from strings: each case
 * breaks one thing and expects the error that names its file and line. (corpus-build.test.ts
 * covers the real corpus and the most common mistakes; this file covers the rest.)
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, type DataFile } from '../../src/corpus-build/build-corpus.js';
import { formatDiagnostic } from '../../src/corpus-build/diagnostics.js';
import { readDataDir } from '../../src/corpus-build/read-data-dir.js';
import { join } from 'node:path';

const SOURCE = `---
id: bulletin-2023
title: "A bulletin"
publisher: Example Bulletin
authors: [Test Author]
published: 2023-06-02
language: en
kind: news
seeds: [bulletin.txt]
rights: "Test fixture."
---

{#p1} # The Commission meets

{#p2} The Mekong River Commission held its annual dialogue in Vientiane on 1 June 2023, with four member countries.

{#fn-1} [1] A footnote about the dialogue.
`;

const TOPICS = `- id: mekong-river-commission
  name: Mekong River Commission
  kind: organisation
  description: An intergovernmental body.
  aliases:
    - MRC
    - text: the Commission
      ambiguous: "any commission"
      context: [Mekong, "@mekong-river-commission"]
      exclude: [European]
`;

const FACTS = `- id: mrc-dialogue-2023
  statement: The Mekong River Commission held its annual dialogue on 1 June 2023.
  topics: [mekong-river-commission]
  as_of: 2023-06-01
  period: [2023, 2023-06]
  numbers:
    - value: 4
      unit: countries
      quantity: member-countries
  excerpts:
    - source: bulletin-2023
      passage: p2
      text: "The Mekong River Commission held its annual dialogue in Vientiane on 1 June 2023"
`;

const BASE: Record<string, string> = {
  'sources/bulletin-2023.md': SOURCE,
  'topics/topics.yaml': TOPICS,
  'facts/facts.yaml': FACTS,
};

/** The base corpus with some files replaced (a `null` content removes the file). */
function errorsWith(changes: Record<string, string | null>): string[] {
  const files = { ...BASE, ...changes };
  const list: DataFile[] = Object.entries(files).filter((e): e is [string, string] => e[1] !== null).map(([path, content]) => ({ path, content }));
  return buildCorpus(list).errors.map(formatDiagnostic);
}

const edit = (text: string, from: string | RegExp, to: string): string => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`test setup: ${String(from)} not found`);
  return out;
};

const S = 'data/sources/bulletin-2023.md';
const T = 'data/topics/topics.yaml';
const F = 'data/facts/facts.yaml';

describe('the small corpus', () => {
  it('builds with no errors', () => {
    const built = buildCorpus(Object.entries(BASE).map(([path, content]) => ({ path, content })));
    expect(built.errors.map(formatDiagnostic)).toEqual([]);
    expect(built.corpus!.sources[0]!.passages.map((p) => [p.id, p.kind])).toEqual([['p1', 'heading'], ['p2', 'paragraph'], ['fn-1', 'footnote']]);
  });
});

describe('the data folder', () => {
  it('a file that is not a corpus file', () => {
    expect(errorsWith({ 'notes/todo.txt': 'x' })).toEqual(['data/notes/todo.txt: not a corpus file: expected sources/*.md, topics/*.yaml or facts/*.yaml']);
  });
  it('a README at the top of the folder is allowed', () => {
    expect(errorsWith({ 'README.md': '# data' })).toEqual([]);
  });
  it('no sources, no topics, no facts', () => {
    const errors = errorsWith({ 'sources/bulletin-2023.md': null, 'topics/topics.yaml': null, 'facts/facts.yaml': null });
    expect(errors).toEqual(['data/sources: no source documents', 'data/topics: no topics', 'data/facts: no facts']);
  });
});

describe('sources', () => {
  it('front matter not closed', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': SOURCE.replace(/\n---\n/, '\n') })).toContain(`${S}:1: the front-matter block is not closed with "---"`);
  });
  it('front matter that is not YAML', () => {
    const errors = errorsWith({ 'sources/bulletin-2023.md': edit(SOURCE, 'title: "A bulletin"', 'title: "A bulletin') });
    expect(errors.some((e) => e.startsWith(`${S}:`) && e.includes(': front matter: '))).toBe(true);
  });
  it('front matter that is not a mapping', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': `---\n- a\n- b\n---\n\n{#p1} Text.\n` })).toContain(`${S}:2: the front matter must be a mapping of fields`);
  });
  it('an id that is not the file name', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': edit(SOURCE, 'id: bulletin-2023', 'id: bulletin-2024') }))
      .toContain(`${S}:2: id "bulletin-2024" must equal the file name "bulletin-2023"`);
  });
  it('the same source id in two files', () => {
    const errors = errorsWith({ 'sources/bulletin-copy.md': SOURCE });
    expect(errors).toContain('data/sources/bulletin-copy.md:2: id "bulletin-2023" must equal the file name "bulletin-copy"');
    expect(errors).toContain('data/sources/bulletin-2023.md:1: source id "bulletin-2023" is used twice');
  });
  it('an unknown kind', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': edit(SOURCE, 'kind: news', 'kind: blog') })).toContain(`${S}:8: kind "blog" is not one of analysis, press-release, news`);
  });
  it('a malformed published date and language', () => {
    const errors = errorsWith({ 'sources/bulletin-2023.md': edit(edit(SOURCE, 'published: 2023-06-02', 'published: June 2023'), 'language: en', 'language: English!') });
    expect(errors).toContain(`${S}:6: source: "published" value "June 2023" is malformed (expected ^\\d{4}-\\d{2}-\\d{2}$)`);
    expect(errors.some((e) => e.startsWith(`${S}:7: source: "language" value "English!" is malformed`))).toBe(true);
  });
  it('a missing required field, an empty one, and a list that is not a list', () => {
    const errors = errorsWith({ 'sources/bulletin-2023.md': edit(edit(edit(SOURCE, 'rights: "Test fixture."\n', ''), 'publisher: Example Bulletin', 'publisher: ""'), 'seeds: [bulletin.txt]', 'seeds: bulletin.txt') });
    expect(errors).toContain(`${S}:2: source: missing required field "rights"`);
    expect(errors).toContain(`${S}:4: source: "publisher" must be a non-empty text`);
    expect(errors).toContain(`${S}:9: source: "seeds" must be a list`);
  });
  it('an empty list where one entry is needed, and an empty entry', () => {
    const errors = errorsWith({ 'sources/bulletin-2023.md': edit(edit(SOURCE, 'seeds: [bulletin.txt]', 'seeds: []'), 'authors: [Test Author]', 'authors: [Test Author, ""]') });
    expect(errors).toContain(`${S}:9: source: "seeds" must not be empty`);
    expect(errors).toContain(`${S}:5: source: "authors" entries must be non-empty texts`);
  });
  it('a paragraph id with characters outside [a-z0-9-]', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': edit(SOURCE, '{#p2}', '{#P_2}') })).toContain(`${S}:15: paragraph id "P_2" must match [a-z0-9-]+`);
  });
  it('a footnote paragraph that does not start with its number', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': edit(SOURCE, '{#fn-1} [1]', '{#fn-1} [2]') })).toContain(`${S}:17: footnote fn-1 must start with [1]`);
  });
  it('an empty paragraph', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': edit(SOURCE, '{#p1} # The Commission meets', '{#p1}') })).toContain(`${S}:13: paragraph p1 is empty`);
  });
  it('a document with no paragraphs', () => {
    expect(errorsWith({ 'sources/bulletin-2023.md': SOURCE.slice(0, SOURCE.indexOf('---\n\n') + 4) })).toContain(`${S}:12: the document has no paragraphs`);
  });
});

describe('topics', () => {
  it('a file that is not a YAML list, and an entry that is not a mapping', () => {
    expect(errorsWith({ 'topics/topics.yaml': 'id: x\nname: y\n' })).toContain(`${T}:1: the file must be a YAML list (entries starting with "- ")`);
    expect(errorsWith({ 'topics/topics.yaml': `${TOPICS}- just a string\n` })).toContain(`${T}:11: each entry must be a mapping with fields`);
  });
  it('a malformed id, an unknown kind', () => {
    const errors = errorsWith({ 'topics/topics.yaml': edit(TOPICS, 'kind: organisation', 'kind: company') });
    expect(errors).toContain(`${T}:3: topic mekong-river-commission: kind "company" is not one of person, organisation, policy, document, mission, place, event, concept`);
    const bad = errorsWith({ 'topics/topics.yaml': `${TOPICS}- id: Bad_Id\n  name: Bad\n  kind: concept\n  description: D.\n` });
    expect(bad).toContain(`${T}:11: topic Bad_Id: "id" value "Bad_Id" is malformed (expected ^[a-z0-9][a-z0-9-]*$)`);
  });
  it('the same topic id twice', () => {
    const errors = errorsWith({ 'topics/more.yaml': '- id: mekong-river-commission\n  name: Another\n  kind: concept\n  description: Again.\n' });
    expect(errors).toContain(`${T}:1: topic id "mekong-river-commission" is already used at data/topics/more.yaml:1`);
  });
  it('aliases that are not a list, and an alias that is neither a text nor a mapping', () => {
    expect(errorsWith({ 'topics/topics.yaml': edit(TOPICS, /  aliases:\n[\s\S]*$/, '  aliases: MRC\n') })).toContain(`${T}:5: topic mekong-river-commission: "aliases" must be a list`);
    expect(errorsWith({ 'topics/topics.yaml': edit(TOPICS, '    - MRC\n', '    - [MRC]\n') })).toContain(`${T}:6: topic mekong-river-commission: an alias must be a text or a mapping with "text"`);
  });
  it('an alias mapping without "text"', () => {
    expect(errorsWith({ 'topics/topics.yaml': edit(TOPICS, '    - text: the Commission\n      ambiguous', '    - ambiguous') }))
      .toContain(`${T}:7: topic mekong-river-commission alias: missing required field "text"`);
  });
  it('context without an "ambiguous" reason', () => {
    expect(errorsWith({ 'topics/topics.yaml': edit(TOPICS, '      ambiguous: "any commission"\n', '') }))
      .toContain(`${T}:7: topic mekong-river-commission: alias "the Commission" has context but no "ambiguous" reason`);
  });
  it('an ambiguous alias without context', () => {
    expect(errorsWith({ 'topics/topics.yaml': edit(TOPICS, '      context: [Mekong, "@mekong-river-commission"]\n', '') }))
      .toContain(`${T}:7: topic mekong-river-commission alias: missing required field "context"`);
  });
  it('an alias with no letters or digits', () => {
    expect(errorsWith({ 'topics/topics.yaml': edit(TOPICS, '    - MRC\n', '    - "—/—"\n') })).toContain(`${T}:6: topic mekong-river-commission: alias "—/—" has no letters or digits`);
  });
  it('a context naming no topic, and a context with no letters or digits', () => {
    const errors = errorsWith({ 'topics/topics.yaml': edit(TOPICS, 'context: [Mekong, "@mekong-river-commission"]', 'context: ["…", "@no-such-topic"]') });
    expect(errors).toContain(`${T}:7: topic mekong-river-commission: context "@no-such-topic" names no topic`);
    expect(errors).toContain(`${T}:7: topic mekong-river-commission: context "…" has no letters or digits`);
  });
  it('a context or exclude word of one Vietnamese syllable fails the build: without its tones it matches other words', () => {
    const errors = errorsWith({ 'topics/topics.yaml': edit(TOPICS, 'context: [Mekong, "@mekong-river-commission"]', 'context: [Đảng, "@mekong-river-commission"]').replace('exclude: [European]', 'exclude: [Lào]') });
    expect(errors).toContain(`${T}:7: topic mekong-river-commission: context "Đảng" is one Vietnamese syllable: without its tones it also matches other words; write it as a phrase ("nước Pháp", "Đảng Cộng sản")`);
    expect(errors).toContain(`${T}:7: topic mekong-river-commission: exclude "Lào" is one Vietnamese syllable: without its tones it also matches other words; write it as a phrase ("nước Pháp", "Đảng Cộng sản")`);
    // A phrase, an abbreviation in capitals and a French word are fine.
    expect(errorsWith({ 'topics/topics.yaml': edit(TOPICS, 'context: [Mekong, "@mekong-river-commission"]', 'context: [Đảng Cộng sản, QĐND, Corée, "@mekong-river-commission"]') })).toEqual([]);
  });
  it('an exclude term with no letters or digits fails the build with a clear message', () => {
    // Not checked with the contexts: it surfaces when the lexicon is compiled, so it names the
    // topics folder (not yet the file and line; see the report of the robustness suite).
    const errors = errorsWith({ 'topics/topics.yaml': edit(TOPICS, 'exclude: [European]', 'exclude: ["—"]') });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/topics(\/topics\.yaml:\d+)?: .*"—" has no letters or digits/);
  });
});

describe('facts', () => {
  it('a fact missing its topics list, and topics that are empty', () => {
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, '  topics: [mekong-river-commission]\n', '') })).toContain(`${F}:1: fact mrc-dialogue-2023: missing required field "topics"`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, 'topics: [mekong-river-commission]', 'topics: []') })).toContain(`${F}:3: fact mrc-dialogue-2023: "topics" must not be empty`);
  });
  it('a malformed period', () => {
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, 'period: [2023, 2023-06]', 'period: [2023]') }))
      .toContain(`${F}:5: fact mrc-dialogue-2023: "period" must be [from, to] with YYYY, YYYY-MM or YYYY-MM-DD dates`);
  });
  it('numbers: missing, not a list, an entry not a mapping, a value not a number, a unit missing, a malformed quantity', () => {
    const numbers = /  numbers:\n(    .*\n|      .*\n)*/;
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, numbers, '') }))
      .toContain(`${F}:1: fact mrc-dialogue-2023: missing required field "numbers" (use [] when the statement has no figure)`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, numbers, '  numbers: 4\n') })).toContain(`${F}:6: fact mrc-dialogue-2023: "numbers" must be a list`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, numbers, '  numbers: [4]\n') })).toContain(`${F}:6: fact mrc-dialogue-2023: a number must be a mapping with value and unit`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, 'value: 4', 'value: four') })).toContain(`${F}:7: fact mrc-dialogue-2023: number "value" must be a number`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, '      unit: countries\n', '') })).toContain(`${F}:7: fact mrc-dialogue-2023 number: missing required field "unit"`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, 'quantity: member-countries', 'quantity: Member Countries') }))
      .toContain(`${F}:9: fact mrc-dialogue-2023 number: "quantity" value "Member Countries" is malformed (expected ^[a-z0-9][a-z0-9-]*$)`);
  });
  it('no excerpt, an excerpt that is not a mapping, an excerpt without text', () => {
    const excerpts = /  excerpts:\n[\s\S]*$/;
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, excerpts, '  excerpts: []\n') })).toContain(`${F}:10: fact mrc-dialogue-2023: needs at least one excerpt`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, excerpts, '') })).toContain(`${F}:1: fact mrc-dialogue-2023: needs at least one excerpt`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, excerpts, '  excerpts:\n    - "The Mekong River Commission"\n') }))
      .toContain(`${F}:11: fact mrc-dialogue-2023: an excerpt must be a mapping with source and text`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, /      text: .*\n/, '') })).toContain(`${F}:11: fact mrc-dialogue-2023 excerpt: missing required field "text"`);
  });
  it('an excerpt naming a passage that does not exist, and one that is not in the passage it names', () => {
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, 'passage: p2', 'passage: p9') })).toContain(`${F}:11: fact mrc-dialogue-2023: passage "p9" does not exist in bulletin-2023`);
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, 'passage: p2', 'passage: p1') }))
      .toContain(`${F}:11: fact mrc-dialogue-2023: excerpt not found verbatim in bulletin-2023 p1: "The Mekong River Commission held its annual dialogue in Vientiane on 1 June 2023"`);
  });
  it('an excerpt may quote a footnote with its number', () => {
    expect(errorsWith({ 'facts/facts.yaml': edit(FACTS, /      passage: p2\n      text: .*\n/, '      text: "[1] A footnote about the dialogue."\n') })).toEqual([]);
  });
});

describe('corpus build: edge cases found by the robustness review', () => {
  const base = readDataDir(join(import.meta.dirname, '../../data'));
  const errors = (files: DataFile[]) => buildCorpus(files).errors.map(formatDiagnostic);
  it('ignores README.md notes in data folders', () => {
    expect(errors([...base, { path: 'sources/README.md', content: '# Notes about the sources\n' }])).toEqual([]);
  });
  it('names file and line for an exclude term with no letters', () => {
    const topic = '- id: lonely-x\n  name: Lonely X Topic\n  kind: concept\n  description: A topic.\n  aliases:\n    - text: LXT\n      ambiguous: also other things\n      context: [Vietnam]\n      exclude: ["--"]\n';
    expect(errors([...base, { path: 'topics/x.yaml', content: topic }]).some((e) => /^data\/topics\/x\.yaml:6: topic lonely-x: exclude "--" has no letters or digits$/.test(e))).toBe(true);
  });
  it('rejects an empty heading', () => {
    const src = base.find((f) => f.path === 'sources/un-vietnam-2018-11-23.md')!;
    const bad = src.content.replace('{#p3} ', '{#p3} # \n\n{#p3b} ');
    expect(errors([...base.filter((f) => f !== src), { path: src.path, content: bad }]).some((e) => /paragraph p3 is empty/.test(e))).toBe(true);
  });
});
