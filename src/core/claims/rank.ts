/**
 * Ordinals that state a rank ("ranked 38th", "38th in the world", "xếp thứ 38", "au 38e rang")
 * are figures to compare with a fact's ranks; other ordinals ("the second rotation") are not.
 */
import { foldKey } from '../text/fold.js';
import type { ClaimFigure } from './types.js';

const BEFORE = new Set(['rank', 'ranks', 'ranked', 'ranking', 'placed', 'xep', 'hang', 'classe', 'classee', 'rang', 'position']);
const AFTER = ['in the world', 'in asia', 'worldwide', 'globally', 'place', 'position', 'tren the gioi', 'o chau a', 'tai chau a', 'au monde', 'en asie', 'rang', 'place mondiale'];

export function asRank(text: string, figure: ClaimFigure): ClaimFigure {
  if (!figure.ordinal) return figure;
  const before = foldKey(text.slice(Math.max(0, figure.start - 40), figure.start)).split(' ').filter(Boolean).slice(-3);
  const after = ` ${foldKey(text.slice(figure.end, figure.end + 30))} `;
  const ranked = before.some((w) => BEFORE.has(w)) || AFTER.some((a) => after.startsWith(` ${a} `));
  if (!ranked) return figure;
  const { ordinal: _ordinal, ...rest } = figure;
  return { ...rest, kind: 'count', unit: 'rank' };
}
