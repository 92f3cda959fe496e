import type { TermId } from '../terms/term-match';
import type { Language } from '../lib/text-language';
import { focusedElement, markFrom, piecesOf, type OwnMarks } from './marks-in-page';
import { Tooltip, type TooltipContent } from './tooltip';

/** What a tooltip says and does for a card (the lens's options, as chosen in settings). */
export interface TooltipOptions {
  explain(card: TermId, language: Language): TooltipContent;
  /** What a screen reader announces for a mark of this card while it is explained. */
  describe(card: TermId, language: Language): string;
  openGlossary(card: TermId): void;
  hideOnThisSite(term: TermId): void;
  /** "Add to my questions" (the questions for the next visit); not offered without it. */
  addQuestion?(card: TermId): Promise<boolean>;
}

/** Hover grace, so the pointer can travel from a mark into its tooltip. */
const HIDE_DELAY_MS = 300;

/**
 * Only the reader's own input counts: a page script can dispatch any event, or click a mark
 * itself, and must never open, steer or use the tooltip.
 */
function trusted(handle: (event: Event) => void): EventListener {
  return (event) => {
    if (event.isTrusted) handle(event);
  };
}

/**
 * The tooltip as people use it: a mark is explained on hover, focus or tap, and the tooltip
 * closes when the pointer or focus leaves, on a tap elsewhere, or on Esc. Tab moves from a
 * focused mark into its tooltip and back out.
 */
export class TooltipInteraction {
  private readonly tooltip: Tooltip;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private activePieces: HTMLElement[] = [];
  private refocusing = false;
  private readonly listeners: [string, EventListener][];
  private readonly onKeyDown: EventListener;

  constructor(
    private readonly document: Document,
    private readonly options: () => TooltipOptions,
    private readonly ours: OwnMarks,
  ) {
    this.tooltip = new Tooltip(document);
    this.onKeyDown = trusted((event) => this.onKey(event as KeyboardEvent));
    this.listeners = [
      ['mouseover', trusted((event) => this.onPointerOver(event as MouseEvent))],
      ['mouseout', trusted((event) => this.onPointerOut(event as MouseEvent))],
      ['focusin', trusted((event) => this.onFocus(event))],
      ['focusout', trusted((event) => this.onFocusOut(event as FocusEvent))],
      ['click', trusted((event) => this.onClick(event))],
      ['scroll', trusted(() => this.tooltip.place())],
      ['resize', trusted(() => this.tooltip.place())],
    ];
  }

  /** The mark the tooltip explains now, if it is open. */
  get openFor(): HTMLElement | null {
    return this.tooltip.openFor;
  }

  listen(): void {
    for (const [type, listener] of this.listeners) {
      this.document.addEventListener(type, listener, { capture: true, passive: true });
    }
    // Not passive: Tab from a mark into its tooltip replaces the browser's own move.
    this.document.addEventListener('keydown', this.onKeyDown, { capture: true });
  }

  /** Stops listening, closes the tooltip and takes it out of the page. */
  stop(): void {
    for (const [type, listener] of this.listeners) {
      this.document.removeEventListener(type, listener, { capture: true });
    }
    this.document.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.close();
    this.tooltip.host.remove();
  }

  /**
   * Opens the tooltip for one of our marks. Only then (and while it stays open) does the mark
   * carry its accessible description: a page reading it learns nothing from marks not in use.
   */
  explain(mark: HTMLElement): void {
    const occurrence = this.ours.occurrenceOf(mark);
    if (!occurrence) return;
    clearTimeout(this.hideTimer);
    const { card, term, language } = occurrence;
    this.unmarkActive();
    this.activePieces = piecesOf(mark, this.ours);
    const description = this.options().describe(card, language);
    for (const piece of this.activePieces) {
      piece.setAttribute('data-amps-active', '');
      piece.setAttribute('aria-description', description);
    }
    const { addQuestion } = this.options();
    this.tooltip.show(mark, this.options().explain(card, language), {
      onMore: () => this.options().openGlossary(card),
      onHide: () => {
        this.close();
        this.options().hideOnThisSite(term);
      },
      onAddQuestion: addQuestion && (() => addQuestion(card)),
    });
  }

  /** Closes the tooltip; with `returnFocus`, focus goes back to the mark it explained. */
  private close(returnFocus = false): void {
    const anchor = this.tooltip.openFor;
    this.tooltip.hide();
    this.unmarkActive();
    if (returnFocus && anchor?.isConnected) {
      // Focus coming back to the mark must not open its tooltip again.
      this.refocusing = true;
      anchor.focus({ preventScroll: true });
      this.refocusing = false;
    }
  }

  private unmarkActive(): void {
    for (const piece of this.activePieces) {
      piece.removeAttribute('data-amps-active');
      piece.removeAttribute('aria-description');
    }
    this.activePieces = [];
  }

  private onPointerOver(event: MouseEvent): void {
    const mark = markFrom(event, this.ours);
    if (mark) this.explain(mark);
    else if (this.tooltip.contains(event.target as Node)) clearTimeout(this.hideTimer);
  }

  private onPointerOut(event: MouseEvent): void {
    const leaving =
      markFrom(event, this.ours) ??
      (this.tooltip.contains(event.target as Node) ? this.tooltip.host : null);
    if (!leaving || this.tooltip.openFor === null) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      const active = this.tooltip.focusedWithin(focusedElement(this.document));
      if (active !== this.tooltip.openFor && !this.tooltip.contains(active)) this.close();
    }, HIDE_DELAY_MS);
  }

  private onFocus(event: Event): void {
    if (this.refocusing) return;
    const mark = markFrom(event, this.ours);
    if (mark) this.explain(mark);
    else if (!this.tooltip.contains(event.target as Node)) this.close();
  }

  /** Focus leaving a mark for another frame or window (nothing here gets it) closes its tooltip. */
  private onFocusOut(event: FocusEvent): void {
    if (event.relatedTarget === null && markFrom(event, this.ours)) this.close();
  }

  /** A tap on a mark explains it; a tap anywhere else closes the tooltip. */
  private onClick(event: Event): void {
    const mark = markFrom(event, this.ours);
    if (mark) this.explain(mark);
    else if (!event.composedPath().includes(this.tooltip.host)) this.close();
  }

  /**
   * Esc closes the tooltip; focus goes back to the mark when it was on the mark or in the
   * tooltip, and stays where it is when the tooltip was only hovered. Tab from a focused
   * mark goes into its tooltip (links and buttons), Shift+Tab from there back to the mark,
   * and Tab past the tooltip's last button on into the page after the mark.
   */
  private onKey(event: KeyboardEvent): void {
    const anchor = this.tooltip.openFor;
    if (!anchor) return;
    const active = this.tooltip.focusedWithin(focusedElement(this.document));
    const inTooltip = this.tooltip.contains(active) && active !== this.tooltip.host;
    const onMark = active !== null && piecesOf(anchor, this.ours).includes(active as HTMLElement);
    if (event.key === 'Escape') {
      this.close(inTooltip || onMark);
      return;
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (onMark && !event.shiftKey && this.tooltip.focusFirst()) {
      event.preventDefault();
    } else if (inTooltip && event.shiftKey && this.tooltip.isFirst(active)) {
      event.preventDefault();
      anchor.focus({ preventScroll: true });
    } else if (inTooltip && !event.shiftKey && this.tooltip.isLast(active)) {
      // The browser's own Tab then moves on from the mark, in the page's order.
      anchor.focus({ preventScroll: true });
    }
  }
}
