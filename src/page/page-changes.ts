import { BLOCK_ELEMENTS, SKIPPED_SELECTOR, UI_HOST_TAG } from '../reading/reading-rules';
import { MARK_SELECTOR, type Occurrence, type PageAnnotator } from './annotate-page';
import { composedParent } from './composed-tree';
import type { Chunk } from './yield-to-page';

/**
 * A page that keeps changing gets at most about 1 / (1 + BACK_OFF) of the main thread: after
 * rescanning for T ms, the next rescan waits BACK_OFF × T. A small change is rescanned in the
 * next task, before the next frame; changes that come while one is rescanned wait for it together.
 */
const BACK_OFF = 3;
/** How often to look again while the first full scan is still running. */
const FULL_SCAN_WAIT_MS = 50;
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
export type Block = Element | ShadowRoot;

/** What following the page needs from the lens. */
export interface ChangeHooks {
  annotator: PageAnnotator;
  /** The occurrences marked so far, by id: those the page removes are forgotten. */
  occurrences: Map<number, Occurrence>;
  /** Whether the lens is on (stopping it drops what is still waiting). */
  isRunning(): boolean;
  /** Whether the first full scan has finished: changes wait for it. */
  isFullScanDone(): boolean;
  /** Reads and marks a changed block again; the blocks of one round share `chunk`, the task clock. */
  rescan(block: Block, chunk: Chunk): Promise<void>;
  /** A task clock for a round of rescans, cancelled when the lens stops or starts again. */
  newChunk(): Chunk;
}

/**
 * Keeps up with a page that changes (see lens.ts for how pages that re-render are answered).
 * Text beside our marks is put right in the MutationObserver callback, before the next paint;
 * the changed blocks are scanned again shortly, together.
 */
export class PageChanges {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  /** Open shadow roots read so far: watched for changes, and searched for our marks. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private rescanning = false;
  /** No rescan starts before this time (performance.now()), so a busy page is not rescanned back to back. */
  private notBefore = 0;

  constructor(
    private readonly document: Document,
    private readonly hooks: ChangeHooks,
  ) {
    this.observer = new MutationObserver((records) => this.notePageChanges(records));
  }

  /** Watched from the start of a scan, so what the page changes during it is scanned again. */
  observe(): void {
    this.observer.observe(this.document, WATCHED);
  }

  watchShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    // A document-wide observer does not see into shadow roots.
    this.observer.observe(shadow, WATCHED);
  }

  /** Whether changes are waiting to be scanned, or being scanned. */
  get busy(): boolean {
    return this.rescanning || this.batchTimer !== undefined || this.pending.size > 0;
  }

  /** Stops watching and drops the changes still waiting to be scanned. */
  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    this.pending.clear();
  }

  /**
   * Our own marks are DOM changes too, and must not start another scan. Mutation records arrive
   * later, in a microtask, so the page's changes so far are taken first and ours dropped after.
   */
  asOwnChange(change: () => void): void {
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
    const { annotator } = this.hooks;
    let putRight = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        putRight = annotator.pageRewrote(record.target) || putRight;
      } else if (record.type === 'childList') {
        for (const removed of record.removedNodes) {
          putRight = annotator.pageMoved(removed) || putRight;
          this.forgetRemoved(removed);
        }
        if (record.addedNodes.length > 0) {
          const between = annotator.splitBetween(record.previousSibling, record.nextSibling);
          putRight = annotator.pageMoved(between) || putRight;
        }
      }
      if (isOurs(record.target)) continue;
      if (record.type !== 'childList') this.pending.add(record.target);
      for (const added of record.addedNodes) {
        if (!isOurs(added)) this.pending.add(added);
      }
    }
    // Putting text right changed the DOM too; no page script ran since these records.
    if (putRight) this.observer.takeRecords();
    this.schedule();
  }

  private schedule(delay = Math.max(0, this.notBefore - performance.now())): void {
    if (this.pending.size === 0 || this.batchTimer !== undefined || this.rescanning) return;
    this.batchTimer = setTimeout(() => void this.scanPending(), delay);
  }

  /** Scans each changed block once: marks inside it are undone first, so edited text is never left half-marked. */
  private async scanPending(): Promise<void> {
    this.batchTimer = undefined;
    if (!this.hooks.isRunning()) return;
    // One scan at a time: changes made during the first scan wait for it to finish.
    if (!this.hooks.isFullScanDone()) {
      this.schedule(FULL_SCAN_WAIT_MS);
      return;
    }
    // Shadow roots whose host left the page are forgotten (one coming back is read, and added, again).
    for (const shadow of this.shadowRoots) {
      if (!shadow.host.isConnected) {
        this.shadowRoots.delete(shadow);
        this.hooks.annotator.forgetShadowRoot(shadow);
      }
    }
    const blocks = new Set<Block>();
    for (const node of this.pending) {
      const block = node.isConnected ? blockOf(node) : null;
      if (block) blocks.add(block);
    }
    this.pending.clear();
    const outermost = [...blocks].filter((block) => {
      for (let up = block.parentNode; up; up = up.parentNode) {
        if (blocks.has(up as Block)) return false;
      }
      return true;
    });
    this.rescanning = true;
    const started = performance.now();
    const chunk = this.hooks.newChunk();
    try {
      for (const block of outermost) {
        if (!this.hooks.isRunning()) return;
        this.asOwnChange(() => {
          for (const mark of block.querySelectorAll(MARK_SELECTOR)) this.forgetOccurrence(mark);
          this.hooks.annotator.remove(block);
        });
        if (!isSkipped(block)) await this.hooks.rescan(block, chunk);
      }
    } finally {
      this.rescanning = false;
      const ended = performance.now();
      this.notBefore = ended + BACK_OFF * (ended - started);
      // What changed meanwhile (the page and our rescan share the thread) goes next.
      if (this.hooks.isRunning()) this.schedule();
    }
  }

  private forgetRemoved(node: Node): void {
    if (!(node instanceof Element)) return;
    const marks = node.matches(MARK_SELECTOR) ? [node] : node.querySelectorAll(MARK_SELECTOR);
    for (const mark of marks) {
      if (mark.isConnected) continue;
      this.forgetOccurrence(mark);
      this.hooks.annotator.forgetDetached(mark);
    }
  }

  private forgetOccurrence(mark: Element): void {
    const occurrence = this.hooks.annotator.occurrenceOf(mark);
    if (occurrence) this.hooks.occurrences.delete(occurrence.id);
  }
}

/** The nearest block element around a node (or its shadow root, for text at a shadow root's top). */
function blockOf(node: Node): Block | null {
  let element = node instanceof Element ? node : node.parentElement;
  if (!element) return node.parentNode instanceof ShadowRoot ? node.parentNode : null;
  while (element.parentElement && !BLOCK_ELEMENTS.has(element.localName)) {
    element = element.parentElement;
  }
  return element;
}

/** Whether a block lies inside something never read (an editor, code, a hidden element…), shadow hosts included. */
function isSkipped(block: Block): boolean {
  for (let at: Node | null = block; at; at = composedParent(at)) {
    if (at instanceof Element && at.matches(SKIPPED_SELECTOR)) return true;
  }
  return false;
}

function isOurs(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return (
    element !== null &&
    (element.localName === UI_HOST_TAG || element.closest(`${UI_HOST_TAG}`) !== null)
  );
}
