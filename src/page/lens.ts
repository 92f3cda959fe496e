import { findTermsInSteps, warmUpMatcher } from '../matching/find-terms';
import type { TermId, TermMatch } from '../matching/term-match';
import type { PageTerm } from '../common/messages';
import { BLOCK_ELEMENTS, UI_HOST_TAG } from './reading-rules';
import type { HighlightStyle } from '../common/settings';
import { MARK_SELECTOR, PageAnnotator, type Occurrence } from './annotate-page';
import { readPageText } from './page-text';
import { Tooltip, type TooltipContent } from './tooltip';
import { runInChunks, whenIdle } from './yield-to-page';

export interface LensOptions {
  style: HighlightStyle;
  /** Terms to mark on this page (categories chosen, minus "not about pain here"). */
  terms: ReadonlySet<TermId>;
  firstOccurrenceOnly: boolean;
  explain(card: TermId): TooltipContent;
  describe(card: TermId): string;
  openGlossary(card: TermId): void;
  hideOnThisSite(term: TermId): void;
}

/** Changes made by the page are gathered and scanned together this often. */
const BATCH_MS = 100;
/** Hover grace, so the pointer can travel from a mark into its tooltip. */
const HIDE_DELAY_MS = 300;

/**
 * AMPS Lens in one document: marks terms, keeps up with the page as it changes, explains a
 * mark on hover, focus or tap, and removes everything cleanly when turned off.
 */
export class Lens {
  private readonly annotator = new PageAnnotator();
  private readonly occurrences = new Map<number, Occurrence>();
  private readonly tooltip: Tooltip;
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private running = false;
  private revealed = new Map<TermId, number>();
  private readonly listeners: [string, EventListener][];

  constructor(
    private readonly document: Document,
    private options: LensOptions,
  ) {
    this.tooltip = new Tooltip(document);
    this.observer = new MutationObserver((records) => this.notePageChanges(records));
    this.listeners = [
      ['mouseover', (event) => this.onPointerOver(event as MouseEvent)],
      ['mouseout', (event) => this.onPointerOut(event as MouseEvent)],
      ['focusin', (event) => this.onFocus(event)],
      ['click', (event) => this.onClick(event)],
      ['keydown', (event) => this.onKey(event as KeyboardEvent)],
      ['scroll', () => this.tooltip.place()],
      ['resize', () => this.tooltip.place()],
    ];
  }

  /**
   * Scans the whole document, then follows its changes. Right after a page loads, the scan waits
   * for the browser's first layout and paint to finish; a change of settings rescans at once.
   */
  async start(afterPageLoad = true): Promise<void> {
    this.running = true;
    for (const [type, listener] of this.listeners) {
      this.document.addEventListener(type, listener, { capture: true, passive: true });
    }
    if (afterPageLoad) {
      warmUpMatcher();
      await whenIdle();
      if (!this.running) return;
    }
    await this.scan(this.document.body ?? this.document.documentElement, 'amps-lens:scan');
    this.observer.observe(this.document, { childList: true, subtree: true, characterData: true });
  }

  /** Removes every mark and listener; the page gets its own text nodes back. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.observer.disconnect();
    clearTimeout(this.batchTimer);
    this.pending.clear();
    for (const [type, listener] of this.listeners) {
      this.document.removeEventListener(type, listener, { capture: true });
    }
    this.tooltip.hide();
    this.tooltip.host.remove();
    for (const root of this.roots()) this.annotator.remove(root);
    this.occurrences.clear();
  }

  /** New settings: marks are redone so every choice shows at once. */
  async update(options: LensOptions): Promise<void> {
    this.stop();
    this.options = options;
    await this.start(false);
  }

  pageTerms(): PageTerm[] {
    const byCard = new Map<TermId, PageTerm>();
    for (const occurrence of this.occurrences.values()) {
      const entry = byCard.get(occurrence.card) ?? {
        term: occurrence.term,
        card: occurrence.card,
        count: 0,
        excerpts: [],
      };
      entry.count++;
      entry.excerpts.push(occurrence.excerpt);
      byCard.set(occurrence.card, entry);
    }
    return [...byCard.values()];
  }

  /** Moves to the next (or previous) marked term, focuses it and explains it. */
  step(direction: 'next' | 'previous'): void {
    const marks = this.firstMarks();
    if (marks.length === 0) return;
    const current = this.tooltip.openFor ?? this.activeMark();
    const index = current ? marks.findIndex((mark) => this.sameOccurrence(mark, current)) : -1;
    const next =
      direction === 'next'
        ? marks[(index + 1) % marks.length]
        : marks[(index - 1 + marks.length) % marks.length];
    next.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    next.focus({ preventScroll: true });
    this.explain(next);
  }

  /** Scrolls to the next occurrence explained by `card` and flashes it. */
  reveal(card: TermId): boolean {
    const marks = this.firstMarks().filter((mark) => mark.dataset.ampsCard === card);
    if (marks.length === 0) return false;
    const index = ((this.revealed.get(card) ?? -1) + 1) % marks.length;
    this.revealed.set(card, index);
    const mark = marks[index];
    mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    for (const piece of this.piecesOf(mark)) {
      piece.removeAttribute('data-amps-flash');
      void piece.offsetWidth;
      piece.setAttribute('data-amps-flash', '');
    }
    return true;
  }

  private async scan(root: Node, measure: string): Promise<void> {
    const generation = this.generation;
    const isCancelled = () => generation !== this.generation;
    const start = performance.now();
    const page = await runInChunks(readPageText(root), isCancelled);
    const read = performance.now();
    const found = page && (await runInChunks(findTermsInSteps(page.text), isCancelled));
    const judged = performance.now();
    if (!page || !found) return;
    const occurrences = await this.annotator.annotate(
      page,
      this.wanted(found),
      {
        style: this.options.style,
        describe: (card) => this.options.describe(card),
        asOwnChange: (change) => this.asOwnChange(change),
      },
      isCancelled,
    );
    for (const occurrence of occurrences) this.occurrences.set(occurrence.id, occurrence);
    const end = performance.now();
    performance.measure(measure, { start, end });
    // The parts of a full scan, for the benchmark's breakdown.
    if (measure === 'amps-lens:scan') {
      performance.measure('amps-lens:scan:read', { start, end: read });
      performance.measure('amps-lens:scan:find', { start: read, end: judged });
      performance.measure('amps-lens:scan:mark', { start: judged, end });
    }
  }

  private wanted(matches: TermMatch[]): TermMatch[] {
    const present = new Set(
      this.options.firstOccurrenceOnly ? this.pageTerms().map((t) => t.term) : [],
    );
    return matches.filter((match) => {
      if (!this.options.terms.has(match.term)) return false;
      if (!this.options.firstOccurrenceOnly) return true;
      if (present.has(match.term)) return false;
      present.add(match.term);
      return true;
    });
  }

  /**
   * Our own marks are DOM changes too, and must not start another scan. Mutation records arrive
   * later, in a microtask, so the page's changes so far are taken first and ours dropped after.
   */
  private asOwnChange(change: () => void): void {
    const pageChanges = this.observer.takeRecords();
    if (pageChanges.length > 0) this.notePageChanges(pageChanges);
    try {
      change();
    } finally {
      this.observer.takeRecords();
    }
  }

  private notePageChanges(records: MutationRecord[]): void {
    for (const record of records) {
      for (const removed of record.removedNodes) this.forgetRemoved(removed);
      if (this.isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        this.pending.add(record.target);
        continue;
      }
      for (const added of record.addedNodes) {
        if (!this.isOurs(added)) this.pending.add(added);
      }
    }
    if (this.pending.size > 0 && this.batchTimer === undefined) {
      this.batchTimer = setTimeout(() => void this.scanPending(), BATCH_MS);
    }
  }

  /** Scans each changed block once: marks inside it are undone first, so edited text is never left half-marked. */
  private async scanPending(): Promise<void> {
    this.batchTimer = undefined;
    const blocks = new Set<Element>();
    for (const node of this.pending) {
      const block = node.isConnected ? this.blockOf(node) : null;
      if (block) blocks.add(block);
    }
    this.pending.clear();
    const outermost = [...blocks].filter(
      (block) => ![...blocks].some((other) => other !== block && other.contains(block)),
    );
    for (const block of outermost) {
      if (!this.running) return;
      this.asOwnChange(() => {
        for (const mark of block.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
          this.occurrences.delete(Number(mark.dataset.ampsOccurrence));
          this.annotator.unwrap(mark);
        }
      });
      await this.scan(block, 'amps-lens:scan-incremental');
    }
  }

  private blockOf(node: Node): Element | null {
    let element = node instanceof Element ? node : node.parentElement;
    while (element && element.parentElement && !BLOCK_ELEMENTS.has(element.localName)) {
      element = element.parentElement;
    }
    return element;
  }

  private forgetRemoved(node: Node): void {
    if (!(node instanceof Element)) return;
    const marks = node.matches(MARK_SELECTOR) ? [node] : node.querySelectorAll(MARK_SELECTOR);
    for (const mark of marks) {
      if (!mark.isConnected)
        this.occurrences.delete(Number((mark as HTMLElement).dataset.ampsOccurrence));
    }
  }

  private isOurs(node: Node): boolean {
    const element = node instanceof Element ? node : node.parentElement;
    return (
      element !== null &&
      (element.localName === UI_HOST_TAG || element.closest(`${UI_HOST_TAG}`) !== null)
    );
  }

  private roots(): ParentNode[] {
    const roots: ParentNode[] = [this.document];
    const walker = this.document.createTreeWalker(this.document, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) roots.push(shadow);
    }
    return roots;
  }

  private firstMarks(): HTMLElement[] {
    const seen = new Set<string>();
    const marks: HTMLElement[] = [];
    for (const mark of this.document.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
      const id = mark.dataset.ampsOccurrence ?? '';
      if (!seen.has(id)) {
        seen.add(id);
        marks.push(mark);
      }
    }
    return marks;
  }

  private piecesOf(mark: HTMLElement): HTMLElement[] {
    return [
      ...this.document.querySelectorAll<HTMLElement>(
        `mark[data-amps-occurrence="${mark.dataset.ampsOccurrence}"]`,
      ),
    ];
  }

  private sameOccurrence(a: HTMLElement, b: HTMLElement): boolean {
    return a.dataset.ampsOccurrence === b.dataset.ampsOccurrence;
  }

  private activeMark(): HTMLElement | null {
    const active = this.document.activeElement;
    return active instanceof HTMLElement && active.matches(MARK_SELECTOR) ? active : null;
  }

  private markFrom(event: Event): HTMLElement | null {
    for (const target of event.composedPath()) {
      if (target instanceof HTMLElement && target.matches(MARK_SELECTOR)) return target;
    }
    return null;
  }

  private explain(mark: HTMLElement): void {
    clearTimeout(this.hideTimer);
    const card = (mark.dataset.ampsCard ?? mark.dataset.ampsTerm) as TermId;
    const term = mark.dataset.ampsTerm as TermId;
    for (const piece of this.document.querySelectorAll('[data-amps-active]')) {
      piece.removeAttribute('data-amps-active');
    }
    for (const piece of this.piecesOf(mark)) piece.setAttribute('data-amps-active', '');
    this.tooltip.show(mark, this.options.explain(card), {
      onMore: () => this.options.openGlossary(card),
      onHide: () => {
        this.close();
        this.options.hideOnThisSite(term);
      },
    });
  }

  private close(returnFocus = false): void {
    const anchor = this.tooltip.openFor;
    this.tooltip.hide();
    for (const piece of this.document.querySelectorAll('[data-amps-active]')) {
      piece.removeAttribute('data-amps-active');
    }
    if (returnFocus && anchor?.isConnected) anchor.focus({ preventScroll: true });
  }

  private onPointerOver(event: MouseEvent): void {
    const mark = this.markFrom(event);
    if (mark) this.explain(mark);
    else if (this.tooltip.contains(event.target as Node)) clearTimeout(this.hideTimer);
  }

  private onPointerOut(event: MouseEvent): void {
    const leaving =
      this.markFrom(event) ??
      (this.tooltip.contains(event.target as Node) ? this.tooltip.host : null);
    if (!leaving || this.tooltip.openFor === null) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (this.document.activeElement !== this.tooltip.openFor) this.close();
    }, HIDE_DELAY_MS);
  }

  private onFocus(event: Event): void {
    const mark = this.markFrom(event);
    if (mark) this.explain(mark);
    else if (!this.tooltip.contains(event.target as Node)) this.close();
  }

  /** A tap on a mark explains it; a tap anywhere else closes the tooltip. */
  private onClick(event: Event): void {
    const mark = this.markFrom(event);
    if (mark) this.explain(mark);
    else if (!event.composedPath().includes(this.tooltip.host)) this.close();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.tooltip.openFor) this.close(true);
  }
}
