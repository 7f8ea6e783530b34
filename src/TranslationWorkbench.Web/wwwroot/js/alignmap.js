// The alignment map: the Arabic text along the top (in characters), the English text down the side, and
// the path of the beads between them. A good alignment runs near the diagonal; low-confidence beads are
// drawn red and thick, and marked on both axes, so the stretches to check show at a glance.
import { svg } from './dom.js';

const SIZE = 260;
const PAD = 28;

function offsets(sentences) {
  const starts = [];
  let at = 0;
  for (const sentence of sentences) {
    starts.push(at);
    at += Math.max(1, sentence.text.length);
  }
  return { starts, total: at || 1 };
}

/** Draws the map; onPick(beadIndex) when a bead is clicked. */
export function alignmentMap({ source, target, beads, low, selected, onPick }) {
  const s = offsets(source);
  const t = offsets(target);
  const inner = SIZE - 2 * PAD;
  const x = (i) => PAD + (inner * (i >= source.length ? s.total : s.starts[i])) / s.total;
  const y = (j) => PAD + (inner * (j >= target.length ? t.total : t.starts[j])) / t.total;

  // where each bead starts and ends on both sides (an empty side has no length)
  let nextSource = 0;
  let nextTarget = 0;
  const boxes = beads.map((bead, index) => {
    const x0 = x(nextSource);
    const y0 = y(nextTarget);
    nextSource += bead.source.length;
    nextTarget += bead.target.length;
    return { index, x0, y0, x1: x(nextSource), y1: y(nextTarget), low: !bead.edited && bead.confidence !== null && bead.confidence < low, edited: bead.edited };
  });

  const path = boxes.map((b, i) => `${i === 0 ? 'M' : 'L'}${b.x0.toFixed(1)},${b.y0.toFixed(1)} L${b.x1.toFixed(1)},${b.y1.toFixed(1)}`).join(' ');
  const lowCount = boxes.filter((b) => b.low).length;
  const map = svg('svg', {
    class: 'align-map', viewBox: `0 0 ${SIZE} ${SIZE}`, width: SIZE, height: SIZE, role: 'img',
    'aria-label': `Alignment map: ${beads.length} beads, ${lowCount} of low confidence`,
  },
  svg('rect', { x: PAD, y: PAD, width: inner, height: inner, class: 'map-frame' }),
  svg('line', { x1: PAD, y1: PAD, x2: PAD + inner, y2: PAD + inner, class: 'map-diagonal' }),
  svg('text', { x: PAD, y: 12, class: 'map-axis' }, 'Arabic →'),
  svg('text', { x: 6, y: PAD, class: 'map-axis', transform: `rotate(90 6 ${PAD})` }, 'English →'),
  // low-confidence stretches marked on both axes
  boxes.filter((b) => b.low).map((b) => [
    svg('rect', { x: b.x0, y: PAD - 7, width: Math.max(2, b.x1 - b.x0), height: 5, class: 'map-tick' }),
    svg('rect', { x: PAD - 7, y: b.y0, width: 5, height: Math.max(2, b.y1 - b.y0), class: 'map-tick' }),
  ]),
  svg('path', { d: path, class: 'map-path' }),
  // a ring round each low-confidence bead: short sentences make boxes too small to see
  boxes.filter((b) => b.low).map((b) => svg('circle', { cx: (b.x0 + b.x1) / 2, cy: (b.y0 + b.y1) / 2, r: 6, class: 'map-flag' })),
  boxes.map((b) => {
    const box = svg('rect', {
      x: Math.min(b.x0, b.x1) - 1.5, y: Math.min(b.y0, b.y1) - 1.5,
      width: Math.abs(b.x1 - b.x0) + 3, height: Math.abs(b.y1 - b.y0) + 3,
      class: `map-bead${b.low ? ' low' : ''}${b.edited ? ' edited' : ''}${b.index === selected ? ' selected' : ''}`,
      dataset: { bead: b.index },
    }, svg('title', {}, `pair ${b.index + 1}${b.low ? ' (low confidence)' : ''}`));
    box.addEventListener('click', () => onPick(b.index));
    return box;
  }));
  return map;
}
