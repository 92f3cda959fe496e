import { UI_HOST_TAG } from './reading-rules';
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

/**
 * One tooltip for the whole page, in an open shadow root so page CSS cannot reach it and it
 * cannot restyle the page. It follows the mark it explains and always stays in the viewport.
 */
export class Tooltip {
  readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private anchor: HTMLElement | null = null;

  constructor(private readonly document: Document) {
    this.host = document.createElement(UI_HOST_TAG);
    const shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tooltipStyles);
    shadow.adoptedStyleSheets = [sheet];
    this.box = document.createElement('div');
    this.box.className = 'tooltip';
    this.box.setAttribute('role', 'tooltip');
    this.box.id = 'amps-lens-tooltip';
    this.box.hidden = true;
    shadow.append(this.box);
  }

  get openFor(): HTMLElement | null {
    return this.anchor;
  }

  show(anchor: HTMLElement, content: TooltipContent, actions: TooltipActions): void {
    if (!this.host.isConnected) this.document.documentElement.append(this.host);
    this.anchor = anchor;
    this.box.replaceChildren(...this.render(content, actions));
    this.box.hidden = false;
    this.place();
  }

  hide(): void {
    this.anchor = null;
    this.box.hidden = true;
  }

  /** Keeps the tooltip beside its mark after scrolling or resizing. */
  place(): void {
    if (!this.anchor) return;
    if (!this.anchor.isConnected) return this.hide();
    const view = this.document.documentElement;
    const viewWidth = view.clientWidth || window.innerWidth;
    const viewHeight = window.innerHeight;
    const mark = this.anchor.getClientRects()[0] ?? this.anchor.getBoundingClientRect();
    const box = this.box.getBoundingClientRect();
    const left = Math.min(Math.max(GAP, mark.left), Math.max(GAP, viewWidth - box.width - GAP));
    const below = mark.bottom + GAP;
    const above = mark.top - GAP - box.height;
    const top =
      below + box.height <= viewHeight - GAP || above < GAP
        ? Math.min(below, Math.max(GAP, viewHeight - box.height - GAP))
        : above;
    this.box.style.left = `${Math.round(left)}px`;
    this.box.style.top = `${Math.round(top)}px`;
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.host.contains(node));
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
