import { MARK_SELECTOR, type Occurrence } from './annotate-page';
import { composedOrder } from './composed-tree';

/** Where our marks can be, as the lens found them: the document and the open shadow roots it read. */
export type MarkRoots = () => ParentNode[];

/** Tells our marks from anything else (PageAnnotator.occurrenceOf): never by attributes. */
export interface OwnMarks {
  occurrenceOf(element: EventTarget | null): Occurrence | undefined;
}

/** The mark of ours an event happened on (inside open shadow roots too), if any. */
export function markFrom(event: Event, ours: OwnMarks): HTMLElement | null {
  for (const target of event.composedPath()) {
    if (target instanceof HTMLElement && ours.occurrenceOf(target)) return target;
  }
  return null;
}

/** Every piece of the occurrence `mark` belongs to (a term split across elements has several). */
export function piecesOf(mark: HTMLElement, ours: OwnMarks): HTMLElement[] {
  const occurrence = ours.occurrenceOf(mark);
  if (!occurrence) return [];
  const root = mark.getRootNode() as ParentNode;
  return [
    ...root.querySelectorAll<HTMLElement>(`mark[data-amps-occurrence="${occurrence.id}"]`),
  ].filter((piece) => ours.occurrenceOf(piece) === occurrence);
}

export function sameOccurrence(a: HTMLElement, b: HTMLElement): boolean {
  return (
    a.ownerDocument === b.ownerDocument && a.dataset.ampsOccurrence === b.dataset.ampsOccurrence
  );
}

/** The focused element, inside open shadow roots and same-origin frames too. */
export function focusedElement(document: Document): Element | null {
  let active = document.activeElement;
  for (;;) {
    const inner =
      active?.shadowRoot?.activeElement ??
      (active as HTMLIFrameElement | null)?.contentDocument?.activeElement;
    if (!inner || inner === active) return active;
    active = inner;
  }
}

/**
 * The documents of same-origin frames, each marked by the lens running in that frame: the
 * keyboard shortcut reaches only the top frame, so stepping goes through their marks from here.
 */
function frameDocuments(document: Document): Document[] {
  const documents: Document[] = [];
  for (const frame of document.querySelectorAll('iframe, frame')) {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (inner) documents.push(inner, ...frameDocuments(inner));
  }
  return documents;
}

/**
 * The first piece of every occurrence we marked, in reading order (shadow roots included, and
 * with `frameDocumentsOf`, the marks in same-origin frames under that document: those are made
 * by the lens in each frame, which alone can tell them from the page's, and explains them).
 */
export function firstMarks(
  roots: ParentNode[],
  ours: OwnMarks,
  frameDocumentsOf?: Document,
): HTMLElement[] {
  const marks: HTMLElement[] = [];
  let rootsWithMarks = 0;
  const frames = frameDocumentsOf ? frameDocuments(frameDocumentsOf) : [];
  for (const root of [...roots, ...frames]) {
    const found = [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
    const inRoot = roots.includes(root) ? found.filter((mark) => ours.occurrenceOf(mark)) : found;
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
