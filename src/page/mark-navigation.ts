import type { TermId } from '../terms/term-match';
import {
  firstMarks,
  focusedElement,
  piecesOf,
  sameOccurrence,
  type MarkRoots,
  type OwnMarks,
} from './marks-in-page';
import { MARK_SELECTOR } from './annotate-page';
import type { TooltipInteraction } from './tooltip-interaction';

/**
 * Moving through the marks from outside the page: the keyboard shortcut steps from one marked
 * term to the next, and the popup's page list reveals the occurrences of one card in turn.
 */
export class MarkNavigation {
  private revealed = new Map<TermId, number>();

  constructor(
    private readonly document: Document,
    private readonly roots: MarkRoots,
    private readonly ours: OwnMarks,
    private readonly tooltip: TooltipInteraction,
  ) {}

  /** Moves to the next (or previous) marked term, focuses it and explains it. */
  step(direction: 'next' | 'previous'): void {
    const marks = firstMarks(this.roots(), this.ours, this.document);
    if (marks.length === 0) return;
    const current = this.tooltip.openFor ?? this.activeMark();
    const index = current ? marks.findIndex((mark) => sameOccurrence(mark, current)) : -1;
    const next =
      direction === 'next'
        ? marks[(index + 1) % marks.length]
        : marks[(index - 1 + marks.length) % marks.length];
    next.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    next.focus({ preventScroll: true });
    // A mark in a frame is explained by the lens in that frame, when it gets focus.
    if (next.ownerDocument === this.document) this.tooltip.explain(next);
  }

  /** Scrolls to the next occurrence explained by `card` and flashes it. */
  reveal(card: TermId): boolean {
    // Frames answer the popup for themselves.
    const marks = firstMarks(this.roots(), this.ours).filter(
      (mark) => this.ours.occurrenceOf(mark)?.card === card,
    );
    if (marks.length === 0) return false;
    const index = ((this.revealed.get(card) ?? -1) + 1) % marks.length;
    this.revealed.set(card, index);
    const mark = marks[index];
    mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    for (const piece of piecesOf(mark, this.ours)) {
      piece.removeAttribute('data-amps-flash');
      void piece.offsetWidth;
      piece.setAttribute('data-amps-flash', '');
    }
    return true;
  }

  private activeMark(): HTMLElement | null {
    const active = focusedElement(this.document);
    return active?.matches(MARK_SELECTOR) ? (active as HTMLElement) : null;
  }
}
