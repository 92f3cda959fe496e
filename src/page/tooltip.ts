import { UI_HOST_TAG } from '../reading/reading-rules';
import tooltipStyles from './tooltip.css?inline';

/** What a tooltip says about one marked term. */
export interface TooltipContent {
  title: string;
  /** Plain-language paragraphs, in the brief's order: meaning today, the pediatric view, "Ask your child's care team." */
  paragraphs: readonly string[];
  sayInstead?: string;
  sources: readonly { title: string; url: string }[];
  disclaimer: string;
}

export interface TooltipActions {
  /** "More" opens the glossary entry. */
  onMore(): void;
  /** "Not about pain? Hide here" */
  onHide(): void;
}

const GAP = 8;
const MAX_SOURCES = 3;
/** The least height the tooltip gets beside a mark, however little room there is (it scrolls inside). */
const MIN_HEIGHT = 120;

/**
 * One tooltip for the whole page, in an open shadow root so page CSS cannot reach it and it
 * cannot restyle the page. It is a popover in the browser's top layer, so no page overlay,
 * z-index or transformed ancestor can cover or shift it. It sits beside the mark it explains,
 * on its start side (the right in right-to-left text), never over it, and always in the viewport.
 */
export class Tooltip {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly box: HTMLElement;
  private anchor: HTMLElement | null = null;

  constructor(private readonly document: Document) {
    this.host = document.createElement(UI_HOST_TAG);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tooltipStyles);
    this.shadow.adoptedStyleSheets = [sheet];
    this.box = document.createElement('div');
    this.box.className = 'tooltip';
    this.box.setAttribute('role', 'tooltip');
    this.box.id = 'amps-lens-tooltip';
    this.box.popover = 'manual';
    this.box.hidden = true;
    this.shadow.append(this.box);
  }

  get openFor(): HTMLElement | null {
    return this.anchor;
  }

  show(anchor: HTMLElement, content: TooltipContent, actions: TooltipActions): void {
    if (!this.host.isConnected) this.document.documentElement.append(this.host);
    this.anchor = anchor;
    this.box.replaceChildren(...this.render(content, actions));
    this.box.hidden = false;
    if (!this.box.matches(':popover-open')) this.box.showPopover();
    this.place();
  }

  hide(): void {
    this.anchor = null;
    if (this.box.matches(':popover-open')) this.box.hidePopover();
    this.box.hidden = true;
  }

  /** Keeps the tooltip beside its mark after scrolling or resizing. */
  place(): void {
    if (!this.anchor) return;
    if (!this.anchor.isConnected) return this.hide();
    const viewWidth = this.document.documentElement.clientWidth || window.innerWidth;
    const viewHeight = window.innerHeight;
    const mark = this.anchor.getClientRects()[0] ?? this.anchor.getBoundingClientRect();
    this.box.style.maxHeight = '';
    const box = this.box.getBoundingClientRect();
    // Below the mark when it fits there, else on the roomier side, scrolling inside if need be.
    const roomBelow = viewHeight - mark.bottom - 2 * GAP;
    const roomAbove = mark.top - 2 * GAP;
    const below = box.height <= roomBelow || roomBelow >= roomAbove;
    const room = Math.max(MIN_HEIGHT, below ? roomBelow : roomAbove);
    const height = Math.min(box.height, room);
    const top = below ? mark.bottom + GAP : mark.top - GAP - height;
    const rightToLeft = getComputedStyle(this.anchor).direction === 'rtl';
    const start = rightToLeft ? mark.right - box.width : mark.left;
    const left = Math.min(Math.max(GAP, start), Math.max(GAP, viewWidth - box.width - GAP));
    this.box.style.maxHeight = `${Math.floor(height)}px`;
    this.box.style.left = `${Math.round(left)}px`;
    this.box.style.top = `${Math.round(Math.min(Math.max(GAP, top), viewHeight - height - GAP))}px`;
  }

  contains(node: Node | null): boolean {
    return (
      node !== null &&
      (node === this.host || this.host.contains(node) || this.shadow.contains(node))
    );
  }

  /** Moves focus to the tooltip's first link or button; false when it has none. */
  focusFirst(): boolean {
    const first = this.focusables()[0];
    first?.focus();
    return first !== undefined;
  }

  isFirst(element: Element | null): boolean {
    return element !== null && this.focusables()[0] === element;
  }

  isLast(element: Element | null): boolean {
    return element !== null && this.focusables().at(-1) === element;
  }

  private focusables(): HTMLElement[] {
    return [...this.box.querySelectorAll<HTMLElement>('a[href], button')];
  }

  private render(content: TooltipContent, actions: TooltipActions): Node[] {
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
      const element = this.document.createElement(tag);
      if (text !== undefined) element.textContent = text;
      return element;
    };
    const title = make('p', content.title);
    title.className = 'title';
    const paragraphs = content.paragraphs.map((text) => make('p', text));
    const nodes: Node[] = [title, ...paragraphs];
    if (content.sayInstead) {
      const say = make('p');
      say.className = 'say-instead';
      say.append(make('strong', 'Say instead: '), content.sayInstead);
      nodes.push(say);
    }
    if (content.sources.length > 0) {
      const list = make('ul');
      list.className = 'sources';
      list.setAttribute('aria-label', 'Sources');
      // A few sources keep the tooltip short; the glossary lists them all.
      for (const source of content.sources.slice(0, MAX_SOURCES)) {
        const link = make('a', source.title);
        link.href = source.url;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        const item = make('li');
        item.append(link);
        list.append(item);
      }
      nodes.push(list);
    }
    const disclaimer = make('p', content.disclaimer);
    disclaimer.className = 'disclaimer';
    const more = make('button', 'More in the glossary');
    more.type = 'button';
    more.addEventListener('click', () => actions.onMore());
    const hideHere = make('button', 'Not about pain? Hide here');
    hideHere.type = 'button';
    hideHere.addEventListener('click', () => actions.onHide());
    const buttons = make('div');
    buttons.className = 'actions';
    buttons.append(more, hideHere);
    nodes.push(disclaimer, buttons);
    return nodes;
  }
}
