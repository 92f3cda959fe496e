import { findTermsInSteps, warmUpMatcher } from '../matching/find-terms';
import type { TermId, TermMatch } from '../terms/term-match';
import type { PageTerm } from '../messages/messages';
import { BLOCK_ELEMENTS, SKIPPED_SELECTOR, UI_HOST_TAG } from '../reading/reading-rules';
import type { HighlightStyle } from '../settings/settings';
import { MARK_SELECTOR, PageAnnotator, type Occurrence } from './annotate-page';
import { readPageText } from './page-text';
import { Tooltip, type TooltipContent } from './tooltip';
import { runInChunks, whenIdle } from './yield-to-page';
import { composedOrder, composedParent } from './composed-tree';

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
 * What the page may change: text, children, and the two attributes that decide whether text
 * is read at all (a tab shown by removing `hidden`, a comment box turned into an editor).
 */
const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

/** A part of the page that is scanned again as a whole when the page changes something in it. */
type Block = Element | ShadowRoot;

/**
 * AMPS Lens in one document: marks terms, keeps up with the page as it changes, explains a
 * mark on hover, focus or tap, and removes everything cleanly when turned off.
 *
 * Pages that re-render (React, Vue, Lit…): the content script cannot see a framework's
 * internals, only the DOM. Marking splits a text node the framework holds on to; the node
 * keeps the text before the first mark. So every change the page makes near our marks is
 * answered in the MutationObserver callback, before the next paint: new text written into a
 * split node stands alone (our marks and the old rest go); a split node the page removes,
 * moves or inserts beside gets its whole text back; the changed block is then read and marked
 * again. Limits: a script that reads a split node's text back (`node.data += …`) sees only
 * the part before the first mark; a page that hydrates server-rendered HTML after our first
 * scan may report a mismatch; closed shadow roots and cross-origin frames' insides are
 * out of reach (each frame runs its own copy of the lens).
 */
export class Lens {
  private readonly annotator = new PageAnnotator();
  private readonly occurrences = new Map<number, Occurrence>();
  private readonly tooltip: Tooltip;
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  /** Open shadow roots read so far: watched for changes, and searched for our marks. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private running = false;
  private fullScanDone = false;
  private revealed = new Map<TermId, number>();
  private activePieces: HTMLElement[] = [];
  private refocusing = false;
  private readonly listeners: [string, EventListener][];
  private readonly onKeyDown = (event: Event) => this.onKey(event as KeyboardEvent);

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
      ['focusout', (event) => this.onFocusOut(event as FocusEvent)],
      ['click', (event) => this.onClick(event)],
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
    this.fullScanDone = false;
    const body = this.document.body;
    // A document in design mode is an editor (rich-text editors' frames): people type there.
    if (!body || this.document.designMode === 'on') return;
    for (const [type, listener] of this.listeners) {
      this.document.addEventListener(type, listener, { capture: true, passive: true });
    }
    // Not passive: Tab from a mark into its tooltip replaces the browser's own move.
    this.document.addEventListener('keydown', this.onKeyDown, { capture: true });
    if (afterPageLoad) {
      const generation = this.generation;
      warmUpMatcher();
      await whenIdle();
      // Stopped meanwhile, or stopped and started again (new settings): that start scans.
      if (generation !== this.generation) return;
    }
    // Watched from the start, so what the page changes during the first scan is scanned again.
    this.observer.observe(this.document, WATCHED);
    await this.scan(body, 'amps-lens:scan');
    this.fullScanDone = true;
  }

  /** Removes every mark and listener; the page gets its own text nodes back. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.observer.disconnect();
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    this.pending.clear();
    for (const [type, listener] of this.listeners) {
      this.document.removeEventListener(type, listener, { capture: true });
    }
    this.document.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.close();
    this.tooltip.host.remove();
    this.annotator.removeAll(this.roots());
    this.shadowRoots.clear();
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
    // A mark in a frame is explained by the lens in that frame, when it gets focus.
    if (next.ownerDocument === this.document) this.explain(next);
  }

  /** Scrolls to the next occurrence explained by `card` and flashes it. */
  reveal(card: TermId): boolean {
    // Frames answer the popup for themselves.
    const marks = this.firstMarks(false).filter((mark) => mark.dataset.ampsCard === card);
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

  private async scan(root: Block, measure: string): Promise<void> {
    const generation = this.generation;
    const isCancelled = () => generation !== this.generation;
    const start = performance.now();
    const page = await runInChunks(
      readPageText(root, (shadow) => this.watchShadowRoot(shadow)),
      isCancelled,
    );
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

  private watchShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    // A document-wide observer does not see into shadow roots.
    this.observer.observe(shadow, WATCHED);
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

  /**
   * The page changed something. Text beside our marks is put right at once (this runs before
   * the next paint, so the page never shows stale or garbled text); the blocks changed are
   * scanned again shortly, together.
   */
  private notePageChanges(records: MutationRecord[]): void {
    let putRight = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        putRight = this.annotator.pageRewrote(record.target) || putRight;
      } else if (record.type === 'childList') {
        for (const removed of record.removedNodes) {
          putRight = this.annotator.pageMoved(removed) || putRight;
          this.forgetRemoved(removed);
        }
        if (record.addedNodes.length > 0) {
          const between = this.annotator.splitBetween(record.previousSibling, record.nextSibling);
          putRight = this.annotator.pageMoved(between) || putRight;
        }
      }
      if (this.isOurs(record.target)) continue;
      if (record.type !== 'childList') this.pending.add(record.target);
      for (const added of record.addedNodes) {
        if (!this.isOurs(added)) this.pending.add(added);
      }
    }
    // Putting text right changed the DOM too; no page script ran since these records.
    if (putRight) this.observer.takeRecords();
    if (this.pending.size > 0 && this.batchTimer === undefined) {
      this.batchTimer = setTimeout(() => void this.scanPending(), BATCH_MS);
    }
  }

  /** Scans each changed block once: marks inside it are undone first, so edited text is never left half-marked. */
  private async scanPending(): Promise<void> {
    this.batchTimer = undefined;
    if (!this.running) return;
    // One scan at a time: changes made during the first scan wait for it to finish.
    if (!this.fullScanDone) {
      this.batchTimer = setTimeout(() => void this.scanPending(), BATCH_MS);
      return;
    }
    // Shadow roots whose host left the page are forgotten (one coming back is read, and added, again).
    for (const shadow of this.shadowRoots) {
      if (!shadow.host.isConnected) {
        this.shadowRoots.delete(shadow);
        this.annotator.forgetShadowRoot(shadow);
      }
    }
    const blocks = new Set<Block>();
    for (const node of this.pending) {
      const block = node.isConnected ? this.blockOf(node) : null;
      if (block) blocks.add(block);
    }
    this.pending.clear();
    const outermost = [...blocks].filter((block) => {
      for (let up = block.parentNode; up; up = up.parentNode) {
        if (blocks.has(up as Block)) return false;
      }
      return true;
    });
    for (const block of outermost) {
      if (!this.running) return;
      this.asOwnChange(() => {
        for (const mark of block.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
          this.occurrences.delete(Number(mark.dataset.ampsOccurrence));
        }
        this.annotator.remove(block);
      });
      if (!this.isSkipped(block)) await this.scan(block, 'amps-lens:scan-incremental');
    }
  }

  /** The nearest block element around a node (or its shadow root, for text at a shadow root's top). */
  private blockOf(node: Node): Block | null {
    let element = node instanceof Element ? node : node.parentElement;
    if (!element) return node.parentNode instanceof ShadowRoot ? node.parentNode : null;
    while (element.parentElement && !BLOCK_ELEMENTS.has(element.localName)) {
      element = element.parentElement;
    }
    return element;
  }

  /** Whether a block lies inside something never read (an editor, code, a hidden element…), shadow hosts included. */
  private isSkipped(block: Block): boolean {
    for (let at: Node | null = block; at; at = composedParent(at)) {
      if (at instanceof Element && at.matches(SKIPPED_SELECTOR)) return true;
    }
    return false;
  }

  private forgetRemoved(node: Node): void {
    if (!(node instanceof Element)) return;
    const marks = node.matches(MARK_SELECTOR) ? [node] : node.querySelectorAll(MARK_SELECTOR);
    for (const mark of marks) {
      if (mark.isConnected) continue;
      this.occurrences.delete(Number((mark as HTMLElement).dataset.ampsOccurrence));
      this.annotator.forgetDetached(mark);
    }
  }

  private isOurs(node: Node): boolean {
    const element = node instanceof Element ? node : node.parentElement;
    return (
      element !== null &&
      (element.localName === UI_HOST_TAG || element.closest(`${UI_HOST_TAG}`) !== null)
    );
  }

  /** The document and the open shadow roots we read: everywhere our marks can be. */
  private roots(): ParentNode[] {
    return [this.document, ...this.shadowRoots];
  }

  /**
   * The documents of same-origin frames, each marked by the lens running in that frame: the
   * keyboard shortcut reaches only the top frame, so stepping goes through their marks from here.
   */
  private frameDocuments(document: Document): Document[] {
    const documents: Document[] = [];
    for (const frame of document.querySelectorAll('iframe, frame')) {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner) documents.push(inner, ...this.frameDocuments(inner));
    }
    return documents;
  }

  /** The first piece of every marked occurrence, in reading order (shadow roots and frames included). */
  private firstMarks(withFrames = true): HTMLElement[] {
    const marks: HTMLElement[] = [];
    let rootsWithMarks = 0;
    const frames = withFrames ? this.frameDocuments(this.document) : [];
    for (const root of [...this.roots(), ...frames]) {
      const inRoot = root.querySelectorAll<HTMLElement>(MARK_SELECTOR);
      if (inRoot.length > 0) rootsWithMarks++;
      // Occurrence numbers are per document, and the pieces of one are in one tree.
      const seen = new Set<string>();
      for (const mark of inRoot) {
        const id = mark.dataset.ampsOccurrence ?? '';
        if (!seen.has(id)) {
          seen.add(id);
          marks.push(mark);
        }
      }
    }
    return rootsWithMarks > 1 ? marks.toSorted(composedOrder) : marks;
  }

  private piecesOf(mark: HTMLElement): HTMLElement[] {
    const root = mark.getRootNode() as ParentNode;
    return [
      ...root.querySelectorAll<HTMLElement>(
        `mark[data-amps-occurrence="${mark.dataset.ampsOccurrence}"]`,
      ),
    ];
  }

  private sameOccurrence(a: HTMLElement, b: HTMLElement): boolean {
    return (
      a.ownerDocument === b.ownerDocument && a.dataset.ampsOccurrence === b.dataset.ampsOccurrence
    );
  }

  /** The focused element, inside open shadow roots and same-origin frames too. */
  private focused(): Element | null {
    let active = this.document.activeElement;
    for (;;) {
      const inner =
        active?.shadowRoot?.activeElement ??
        (active as HTMLIFrameElement | null)?.contentDocument?.activeElement;
      if (!inner || inner === active) return active;
      active = inner;
    }
  }

  private activeMark(): HTMLElement | null {
    const active = this.focused();
    return active?.matches(MARK_SELECTOR) ? (active as HTMLElement) : null;
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
    for (const piece of this.activePieces) piece.removeAttribute('data-amps-active');
    this.activePieces = this.piecesOf(mark);
    for (const piece of this.activePieces) piece.setAttribute('data-amps-active', '');
    this.tooltip.show(mark, this.options.explain(card), {
      onMore: () => this.options.openGlossary(card),
      onHide: () => {
        this.close();
        this.options.hideOnThisSite(term);
      },
    });
  }

  /** Closes the tooltip; with `returnFocus`, focus goes back to the mark it explained. */
  private close(returnFocus = false): void {
    const anchor = this.tooltip.openFor;
    this.tooltip.hide();
    for (const piece of this.activePieces) piece.removeAttribute('data-amps-active');
    this.activePieces = [];
    if (returnFocus && anchor?.isConnected) {
      // Focus coming back to the mark must not open its tooltip again.
      this.refocusing = true;
      anchor.focus({ preventScroll: true });
      this.refocusing = false;
    }
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
      const active = this.focused();
      if (active !== this.tooltip.openFor && !this.tooltip.contains(active)) this.close();
    }, HIDE_DELAY_MS);
  }

  private onFocus(event: Event): void {
    if (this.refocusing) return;
    const mark = this.markFrom(event);
    if (mark) this.explain(mark);
    else if (!this.tooltip.contains(event.target as Node)) this.close();
  }

  /** Focus leaving a mark for another frame or window (nothing here gets it) closes its tooltip. */
  private onFocusOut(event: FocusEvent): void {
    if (event.relatedTarget === null && this.markFrom(event)) this.close();
  }

  /** A tap on a mark explains it; a tap anywhere else closes the tooltip. */
  private onClick(event: Event): void {
    const mark = this.markFrom(event);
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
    const active = this.focused();
    const inTooltip = this.tooltip.contains(active) && active !== this.tooltip.host;
    const onMark = active !== null && this.piecesOf(anchor).includes(active as HTMLElement);
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
