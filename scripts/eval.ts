/**
 * `npm run eval`: the real-world test set (tests/realworld) through the claim checker and the
 * page scan. Prints accuracy per verdict, language and split, figure agreement, marks recall and
 * false alarms, then every miss; `--json` prints the summary as JSON.
 */
import { evaluate, LANGS, PAGE_KINDS, VERDICTS, type Ratio, type Summary } from '../tests/realworld/evaluate.js';

const pct = (r: Ratio): string => (r.total === 0 ? '   – ' : `${((100 * r.right) / r.total).toFixed(1).padStart(5)}%`);
const ratio = (r: Ratio): string => `${pct(r)}  (${r.right}/${r.total})`;

function report(s: Summary): string {
  const lines: string[] = [];
  const c = s.claims;
  lines.push('Claims', `  overall   ${ratio(c.overall)}`);
  lines.push('  per verdict (rows: expected, columns: got)');
  lines.push(`    ${'expected'.padEnd(10)}${VERDICTS.map((v) => v.padStart(9)).join('')}   right`);
  for (const e of VERDICTS) {
    lines.push(`    ${e.padEnd(10)}${VERDICTS.map((g) => String(c.confusion[e][g]).padStart(9)).join('')}   ${ratio(c.byVerdict[e])}`);
  }
  lines.push('  per language');
  for (const l of LANGS) lines.push(`    ${l.padEnd(10)}${ratio(c.byLang[l])}`);
  lines.push('  per split');
  for (const sp of ['dev', 'test'] as const) lines.push(`    ${sp.padEnd(10)}${ratio(c.bySplit[sp])}`);
  lines.push(`  figures   ${ratio(c.figures)}  (same/differs claims whose compared source figures are the expected ones)`);

  const p = s.pages;
  lines.push('', 'Marks', `  recall    ${ratio(p.recall)}`);
  for (const l of LANGS) lines.push(`    ${l.padEnd(10)}${ratio(p.recallByLang[l])}`);
  lines.push(`  marks on an expected mention with another topic: ${p.wrongTopicList.length}`);
  lines.push('  false alarms (marks on no expected mention)');
  for (const k of PAGE_KINDS) {
    const fa = p.falseAlarms[k];
    lines.push(`    ${k.padEnd(10)}${String(fa.marks).padStart(4)} marks on ${fa.pages} of ${fa.of} pages`);
  }

  lines.push('', `Wrong claims (${c.wrong.length})`);
  for (const w of c.wrong) lines.push(`  ${w.id} [${w.lang}] expected ${w.expected}, got ${w.got}: ${w.text}`);
  lines.push('', `Figure mismatches (${c.figureMisses.length})`);
  for (const f of c.figureMisses) lines.push(`  ${f.id}: expected ${f.expected}; compared ${f.got}`);
  lines.push('', `Missed mentions (${p.missed.length})`);
  for (const m of p.missed) lines.push(`  ${m.file}@${m.at} "${m.surface}" → ${m.topic}`);
  lines.push('', `Marks with another topic than expected (${p.wrongTopicList.length})`);
  for (const w of p.wrongTopicList) lines.push(`  ${w.file}@${w.at} "${w.surface}" → ${w.topic}`);
  lines.push('', `False alarms (${p.falseAlarmList.length})`);
  for (const f of p.falseAlarmList) lines.push(`  ${f.file} (${f.kind})@${f.at} "${f.surface}" → ${f.topic}`);
  return lines.join('\n');
}

const { summary } = evaluate();
console.log(process.argv.includes('--json') ? JSON.stringify(summary, null, 2) : report(summary));
