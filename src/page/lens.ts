import { findTermsInSteps, warmUpMatcher } from '../matching/find-terms';
import type { TermId, TermMatch } from '../terms/term-match';
import type { LensState, PageTerm } from '../messages/messages';
import type { HighlightStyle } from '../settings/settings';
import { PageAnnotator, type Occurrence } from './annotate-page';
import { MarkNavigation } from './mark-navigation';
import { PageChanges, type Block } from './page-changes';
import { readPageText } from './page-text';
import { TooltipInteraction, type TooltipOptions } from './tooltip-interaction';
import { Chunk, whenIdle } from './yield-to-page';
import { recordMeasure } from './scan-measure';

export interface LensOptions extends TooltipOptions {
  style: HighlightStyle;
  /** Terms to mark on this page (categories chosen, minus "not about pain here"). */
  terms: ReadonlySet<TermId>;
  firstOccurrenceOnly: boolean;
}

/**
 * AMPS Lens in one document: marks terms, keeps up with the page as it changes (page-changes.ts),
 * explains a mark on hover, focus or tap (tooltip-interaction.ts), steps through marks for the
 * keyboard shortcut and the popup (mark-navigation.ts), and removes everything cleanly when
 * turned off. This file is the lifecycle: start, scan, stop.
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
  private readonly tooltip: TooltipInteraction;
  private readonly changes: PageChanges;
  private readonly navigation: MarkNavigation;
  private generation = 0;
  private running = false;
  private fullScanDone = false;
  /** Nothing to read here (no body, or an editor in design mode): the lens decided not to run. */
  private skipped = false;
  private fullScans = 0;
  private incrementalScans = 0;

  constructor(
    private readonly document: Document,
    private options: LensOptions,
  ) {
    this.tooltip = new TooltipInteraction(document, () => this.options, this.annotator);
    this.changes = new PageChanges(document, {
      annotator: this.annotator,
      occurrences: this.occurrences,
      isRunning: () => this.running,
      isFullScanDone: () => this.fullScanDone,
      newChunk: () => {
        const generation = this.generation;
        return new Chunk(() => generation !== this.generation);
      },
      rescan: async (block, chunk) => {
        await this.scan(block, 'amps-lens:scan-incremental', chunk);
        this.incrementalScans++;
      },
    });
    this.navigation = new MarkNavigation(
      document,
      () => this.roots(),
      this.annotator,
      this.tooltip,
    );
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
    this.skipped = !body || this.document.designMode === 'on';
    if (!body || this.skipped) return;
    this.tooltip.listen();
    const generation = this.generation;
    if (afterPageLoad) {
      warmUpMatcher();
      await whenIdle();
      // Stopped meanwhile, or stopped and started again (new settings): that start scans.
      if (generation !== this.generation) return;
    }
    // Watched from the start, so what the page changes during the first scan is scanned again.
    this.changes.observe();
    await this.scan(body, 'amps-lens:scan');
    // Stopped during the scan: the scan was cancelled, and a new start scans again.
    if (generation !== this.generation) return;
    this.fullScanDone = true;
    this.fullScans++;
  }

  /** Removes every mark and listener; the page gets its own text nodes back. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.changes.stop();
    this.tooltip.stop();
    this.annotator.removeAll(this.roots());
    this.changes.shadowRoots.clear();
    this.occurrences.clear();
  }

  /** New settings: marks are redone so every choice shows at once. */
  async update(options: LensOptions): Promise<void> {
    this.stop();
    this.options = options;
    await this.start(false);
  }

  /**
   * What the lens has done, for the extension's own end-to-end tests: they ask through the
   * extension's runtime messages, which no page can see, and wait for `settled` instead of a time.
   */
  state(): LensState {
    return {
      skipped: this.skipped,
      fullScans: this.fullScans,
      incrementalScans: this.incrementalScans,
      marks: this.occurrences.size,
      settled: this.skipped || (this.fullScanDone && !this.changes.busy),
    };
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
    this.navigation.step(direction);
  }

  /** Scrolls to the next occurrence explained by `card` and flashes it. */
  reveal(card: TermId): boolean {
    return this.navigation.reveal(card);
  }

  /** Reads, finds and marks `root`; `chunk` is the task clock it shares with other scans, if any. */
  private async scan(root: Block, measure: string, shared?: Chunk): Promise<void> {
    const generation = this.generation;
    const chunk = shared ?? new Chunk(() => generation !== this.generation);
    const start = performance.now();
    const page = await chunk.run(
      readPageText(root, (shadow) => this.changes.watchShadowRoot(shadow)),
    );
    const read = performance.now();
    const found = page && (await chunk.run(findTermsInSteps(page.text)));
    const judged = performance.now();
    if (!page || !found) return;
    const occurrences = await this.annotator.annotate(
      page,
      this.wanted(found),
      {
        style: this.options.style,
        asOwnChange: (change) => this.changes.asOwnChange(change),
      },
      chunk,
    );
    for (const occurrence of occurrences) this.occurrences.set(occurrence.id, occurrence);
    const end = performance.now();
    recordMeasure(measure, start, end);
    // The parts of a full scan, for the benchmark's breakdown.
    if (measure === 'amps-lens:scan') {
      recordMeasure('amps-lens:scan:read', start, read);
      recordMeasure('amps-lens:scan:find', read, judged);
      recordMeasure('amps-lens:scan:mark', judged, end);
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

  /** The document and the open shadow roots we read: everywhere our marks can be. */
  private roots(): ParentNode[] {
    return [this.document, ...this.changes.shadowRoots];
  }
}
