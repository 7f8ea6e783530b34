// Edits of an alignment, on the bead list only (pure functions, no DOM). A bead pairs source sentence
// indexes with target sentence indexes; beads stay in order and cover every sentence of both sides once.

const copy = (bead) => ({ source: [...bead.source], target: [...bead.target], confidence: bead.confidence, edited: bead.edited ?? false });
const edited = (source, target) => ({ source, target, confidence: null, edited: true });
const empty = (bead) => bead.source.length === 0 && bead.target.length === 0;
const tidy = (beads) => beads.filter((bead) => !empty(bead));

/** Bead i and the next become one. */
export function mergeWithNext(beads, i) {
  if (i < 0 || i >= beads.length - 1) return beads;
  const merged = edited([...beads[i].source, ...beads[i + 1].source], [...beads[i].target, ...beads[i + 1].target]);
  return [...beads.slice(0, i), merged, ...beads.slice(i + 2)];
}

/** Whether bead i has two sentences or more on some side. */
export const canSplit = (bead) => bead.source.length + bead.target.length > 2 || bead.source.length > 1 || bead.target.length > 1;

/** Bead i becomes two: the first half of each side, then the rest (a 2-1 gives 1-1 and 1-0). */
export function split(beads, i) {
  const bead = beads[i];
  if (!bead || !canSplit(bead)) return beads;
  const s = Math.ceil(bead.source.length / 2);
  const t = Math.ceil(bead.target.length / 2);
  const first = edited(bead.source.slice(0, s), bead.target.slice(0, t));
  const second = edited(bead.source.slice(s), bead.target.slice(t));
  return [...beads.slice(0, i), ...tidy([first, second]), ...beads.slice(i + 1)];
}

/** Bead i's sentences stop being a pair: its source alone (1-0), then its target alone (0-1). */
export function unpair(beads, i) {
  const bead = beads[i];
  if (!bead || bead.source.length === 0 || bead.target.length === 0) return beads;
  return [...beads.slice(0, i), edited(bead.source, []), edited([], bead.target), ...beads.slice(i + 1)];
}

/**
 * Moves one sentence across a bead boundary: the first sentence of a side up into the previous bead, or
 * the last sentence of a side down into the next one (order is kept). A bead left empty disappears.
 */
export function moveSentence(beads, i, side, direction) {
  const bead = beads[i];
  const neighbour = beads[i + direction];
  if (!bead || !neighbour || bead[side].length === 0) return beads;
  const result = beads.map(copy);
  if (direction < 0) result[i - 1][side].push(result[i][side].shift());
  else result[i + 1][side].unshift(result[i][side].pop());
  for (const j of [i, i + direction]) Object.assign(result[j], { confidence: null, edited: true });
  return tidy(result);
}

/** The pairs to store: the joined texts of each bead with both sides non-empty. */
export function pairs(beads, source, target) {
  return beads
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .map((bead) => ({
      source: bead.source.map((i) => source[i].text).join(' '),
      target: bead.target.map((j) => target[j].text).join(' '),
      // a bead the translator fixed is as sure as it gets
      confidence: bead.edited ? 1 : bead.confidence,
    }));
}
