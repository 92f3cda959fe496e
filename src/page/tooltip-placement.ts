/** A box in viewport pixels, as getClientRects gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PlacementInput {
  /** The mark's line boxes, in reading order (a mark can wrap onto a second line). */
  lines: readonly Box[];
  viewport: { width: number; height: number };
  /** The tooltip's natural size. */
  size: { width: number; height: number };
  rightToLeft: boolean;
  /** The tallest the tooltip may be, so it stays a note beside the text and not a page over it. */
  maxHeight: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Less than the natural height when there is less room; the tooltip scrolls inside then. */
  maxHeight: number;
}

/** Space kept between the tooltip, its mark and the viewport's edges. */
export const GAP = 8;

/**
 * Where the tooltip goes: below the mark's lines when it fits there, else above them when it
 * fits there, else on the roomier side; never over any line of the mark, and inside the
 * viewport. It starts where the mark starts: its left edge, or its right edge in
 * right-to-left text.
 */
export function placeTooltip({
  lines,
  viewport,
  size,
  rightToLeft,
  maxHeight,
}: PlacementInput): Placement {
  const markTop = Math.min(...lines.map((line) => line.top));
  const markBottom = Math.max(...lines.map((line) => line.bottom));
  const first = lines[0];
  const wanted = Math.min(size.height, maxHeight);
  const roomBelow = viewport.height - markBottom - 2 * GAP;
  const roomAbove = markTop - 2 * GAP;
  const below = wanted <= roomBelow || (wanted > roomAbove && roomBelow >= roomAbove);
  const height = Math.max(0, Math.min(wanted, below ? roomBelow : roomAbove));
  const top = below ? markBottom + GAP : markTop - GAP - height;
  const start = rightToLeft ? first.right - size.width : first.left;
  return {
    left: clamp(start, GAP, viewport.width - size.width - GAP),
    // Only a mark scrolled out of view moves the tooltip off it: it then waits at the edge.
    top: clamp(top, GAP, viewport.height - height - GAP),
    maxHeight: height,
  };
}

/** `value` within [low, high]; `low` wins when the range is empty (a box wider than the view). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
