/**
 * A claim check: the verdict in plain words, the claim's figures beside the sources', and the
 * closest facts with their excerpts and citations.
 */
import type { ClaimCheck } from '../../core/claims/types.js';
import type { Fact } from '../../core/corpus/types.js';
import type { FactView } from '../../core/corpus/views.js';
import { figureRows, type FigureRow } from './claim-figure-rows.js';
import { el } from './dom.js';
import { STATUS_LABELS, VERDICT_LABELS } from './format.js';
import { renderFact } from './render-fact.js';
import { headingTag, type RenderOptions } from './render-options.js';

export interface ClaimCheckRenderOptions extends RenderOptions {
  /**
   * A result's fact with its citations resolved: `factView(index, fact)` where the corpus is at
   * hand (popup), or views the background sent along (card). `undefined` skips the fact.
   */
  factView: (fact: Fact) => FactView | undefined;
  /** How many of the closest facts to show (default 3). */
  maxFacts?: number;
}

const STATUS_SIGNS = { same: '✓', differs: '≠', 'not-stated': '–' } as const;

export function renderClaimCheck(doc: Document, check: ClaimCheck, opts: ClaimCheckRenderOptions): HTMLElement {
  const section = el(doc, 'section', { class: 'gloss-check', data: { testid: 'claim-check', verdict: check.verdict } });
  section.append(
    el(doc, 'div', { class: `gloss-verdict gloss-verdict--${check.verdict}`, data: { testid: 'verdict', verdict: check.verdict } }, [
      el(doc, 'p', { class: 'gloss-verdict__label', text: VERDICT_LABELS[check.verdict] }),
      summaryText(check.summary, VERDICT_LABELS[check.verdict])
        ? el(doc, 'p', { class: 'gloss-verdict__summary', text: summaryText(check.summary, VERDICT_LABELS[check.verdict]) })
        : null,
    ]),
  );
  if (check.results.length === 0) return section;

  const rows = figureRows(check);
  if (rows.length > 0) section.append(renderFigureTable(doc, rows));

  const views = check.results.slice(0, opts.maxFacts ?? 3).flatMap((r) => {
    const view = opts.factView(r.fact);
    return view ? [view] : [];
  });
  if (views.length > 0) {
    section.append(
      el(doc, headingTag(opts.headingLevel), {
        class: 'gloss-check__heading',
        text: check.verdict === 'related' ? 'Related facts' : 'Closest facts in the sources',
      }),
      el(doc, 'ul', { class: 'gloss-facts', data: { testid: 'check-facts' } },
        views.map((view) => el(doc, 'li', { class: 'gloss-facts__item' }, [renderFact(doc, view, opts)]))),
    );
  }
  return section;
}

function renderFigureTable(doc: Document, rows: readonly FigureRow[]): HTMLElement {
  const body = el(doc, 'tbody');
  rows.forEach((row, i) => {
    const tr = el(doc, 'tr', { data: { status: row.status, factId: row.factId } });
    // One claim cell for all the sources' figures set beside the same claim figure.
    if (rows[i - 1]?.claimIndex !== row.claimIndex) {
      const span = rows.filter((r) => r.claimIndex === row.claimIndex).length;
      tr.append(el(doc, 'th', { text: row.claim, attrs: { scope: span > 1 ? 'rowgroup' : 'row', rowspan: span > 1 ? String(span) : undefined } }));
    }
    tr.append(
      el(doc, 'td', {}, row.source
        ? [row.source, el(doc, 'span', { class: 'gloss-figures__when', text: row.when })]
        : [el(doc, 'span', { class: 'gloss-muted', text: 'not in the closest facts' })]),
      el(doc, 'td', {}, [
        el(doc, 'span', { class: `gloss-status gloss-status--${row.status}` }, [
          el(doc, 'span', { text: STATUS_SIGNS[row.status], attrs: { 'aria-hidden': 'true' } }),
          ` ${STATUS_LABELS[row.status]}`,
        ]),
      ]),
    );
    body.append(tr);
  });
  return el(doc, 'table', { class: 'gloss-figures', data: { testid: 'claim-figures' } }, [
    el(doc, 'caption', { text: 'The claim’s figures beside the sources’' }),
    el(doc, 'thead', {}, [
      el(doc, 'tr', {}, [
        el(doc, 'th', { text: 'Claim', attrs: { scope: 'col' } }),
        el(doc, 'th', { text: 'Sources', attrs: { scope: 'col' } }),
        el(doc, 'th', { text: 'Status', attrs: { scope: 'col' } }),
      ]),
    ]),
    body,
  ]);
}

/**
 * The engine's summary without a repeat of the verdict label it may start with ("The sources say
 * the same: 29 officers …" under the label "The sources say the same"); "" when nothing is left.
 */
export function summaryText(summary: string, label: string): string {
  const text = summary.trim();
  if (!text.toLowerCase().startsWith(label.toLowerCase())) return text;
  const rest = text.slice(label.length).replace(/^[\s:;,.—–-]+/, '');
  return rest ? rest[0]!.toUpperCase() + rest.slice(1) : '';
}
