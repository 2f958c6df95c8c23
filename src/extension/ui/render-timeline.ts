/**
 * Figures over time: each series a topic's sources state more than once, as a dated list, so a
 * reader sees at once that 29 officers (2014–2018) and 512 personnel (to April 2022) are a history.
 */
import { formatFigure, pointWhen, type Timeline } from '../../core/corpus/timeline.js';
import { el } from './dom.js';

export function renderTimelines(doc: Document, timelines: readonly Timeline[]): HTMLElement | null {
  if (timelines.length === 0) return null;
  const section = el(doc, 'section', { class: 'gloss-timelines', data: { testid: 'timelines' } }, [
    el(doc, 'h4', { class: 'gloss-timelines__title', text: 'Figures over time' }),
  ]);
  for (const t of timelines) {
    section.append(
      el(doc, 'p', { class: 'gloss-timelines__label', text: t.label }),
      el(doc, 'ol', { class: 'gloss-timeline', attrs: { 'aria-label': `${t.label}, oldest first` }, data: { testid: 'timeline' } },
        t.points.map((p) => el(doc, 'li', { class: 'gloss-timeline__point', attrs: { title: p.cite } }, [
          el(doc, 'span', { class: 'gloss-timeline__figure', text: formatFigure(p.value, p.unit) }),
          el(doc, 'span', { class: 'gloss-timeline__when', text: pointWhen(p) }),
        ])),
      ),
    );
  }
  return section;
}
