/**
 * Card order within a column: each task has a numeric `position`, sorted ascending. New cards go GAP below
 * the last one; a card moved between two others takes the midpoint. When two neighbours get too close for
 * a midpoint (after ~30 halvings at the same spot), the server spreads the column out again (each card to
 * (i + 1) × GAP, logged as moves) and places the card in the middle of the new gap. The web client uses
 * the same functions for its optimistic result, so what it shows is what the server will answer.
 */
export const GAP = 1024;

export interface Positioned {
  id: string;
  position: number;
}

/** Where a new card (or one moved to another column without a target) goes: below the last one. */
export const positionAtEnd = (column: readonly { position: number }[]): number =>
  (column.length ? column.reduce((last, card) => Math.max(last, card.position), -Infinity) : 0) + GAP;

/**
 * The index in `column` (sorted, without the moving card) that a card placed right below `afterId` takes:
 * 0 for the top (no `afterId`), -1 when `afterId` is not in the column.
 */
export function insertionIndex(column: readonly Positioned[], afterId: string | null | undefined): number {
  if (!afterId) return 0;
  const index = column.findIndex((card) => card.id === afterId);
  return index === -1 ? -1 : index + 1;
}

/**
 * The position for a card inserted at `index` of the sorted `column`, or null when its neighbours are too
 * close for a midpoint that cannot round onto one of them: the column must be spread out first.
 * (Drivers may send floats as 15-digit text, so a midpoint stays well clear of a double's last bits.)
 */
export function positionAt(column: readonly { position: number }[], index: number): number | null {
  const prev = column[index - 1]?.position;
  const next = column[index]?.position;
  if (prev === undefined) return next === undefined ? GAP : next - GAP;
  if (next === undefined) return prev + GAP;
  if (next - prev > Math.max(Math.abs(prev), Math.abs(next), 1) * 1e-9) return (prev + next) / 2;
  return null;
}

/** A card's position once its column is spread out: the i-th card (from 0) at (i + 1) × GAP. */
export const spreadPosition = (i: number): number => (i + 1) * GAP;

/** Where the inserted card goes in a column that was just spread out: halfway into the gap at `index`. */
export const positionInSpreadColumn = (index: number): number => index * GAP + GAP / 2;
