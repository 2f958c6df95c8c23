/** `gloss scan FILE`: mentions (surface, offsets, topic, why), then each topic's key facts. */
import { indexCorpus } from '../core/corpus/corpus-index.js';
import { topicView } from '../core/corpus/views.js';
import { detectMentions, type Mention } from '../core/match/detect.js';
import { loadLexicon, type Lexicon } from '../core/match/lexicon.js';
import { scanDocument } from '../dom/scan-document.js';
import { loadCorpus } from './load-corpus.js';
import { readInput, type InputDocument } from './read-input.js';
import { formatFact, whyText } from './format.js';

/** A file's visible text and mentions, as `gloss scan` reads them (HTML through the content script's text rules). */
export function scanInput(lexicon: Lexicon, input: InputDocument): { text: string; mentions: Mention[] } {
  const options = { title: input.title };
  if (input.kind === 'html') return scanDocument(lexicon, input.root!, options);
  return { text: input.text!, mentions: detectMentions(lexicon, input.text!, options) };
}

export function runScan(path: string, json: boolean): string {
  const input = readInput(path);
  const { corpus, lexicon: data } = loadCorpus();
  const lexicon = loadLexicon(data);
  const index = indexCorpus(corpus);
  const { mentions } = scanInput(lexicon, input);

  // Topics in page order (first mention), with counts and the words that matched.
  const topics = new Map<string, { count: number; surfaces: Set<string> }>();
  for (const m of mentions) {
    const t = topics.get(m.topic) ?? { count: 0, surfaces: new Set<string>() };
    t.count++;
    t.surfaces.add(m.surface.replace(/\s+/g, ' '));
    topics.set(m.topic, t);
  }
  const topicList = [...topics].map(([id, t]) => ({ ...topicView(index, id, 3)!, count: t.count, surfaces: [...t.surfaces] }));

  if (json) {
    return JSON.stringify({ file: path, kind: input.kind, title: input.title, mentions, topics: topicList }, null, 2);
  }
  const lines: string[] = [];
  lines.push(`${path}: ${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${topicList.length} topic${topicList.length === 1 ? '' : 's'}`);
  if (mentions.length === 0) {
    lines.push('The corpus knows nothing mentioned here.');
    return lines.join('\n');
  }
  lines.push('', 'Mentions:');
  for (const m of mentions) {
    lines.push(`  ${m.start}–${m.end}  "${m.surface.replace(/\s+/g, ' ')}" → ${m.topic}  (${whyText(m)})`);
  }
  lines.push('', 'Topics (page order):');
  for (const t of topicList) {
    lines.push('', `■ ${t.name}${t.nameVi ? ` (${t.nameVi})` : ''} — ${t.count}× as ${t.surfaces.map((s) => `"${s}"`).join(', ')}`);
    lines.push(`  ${t.description}`);
    for (const f of t.facts) lines.push(...formatFact(f, '  '));
  }
  return lines.join('\n');
}
