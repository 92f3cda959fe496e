import { UI_HOST_TAG } from '../reading/reading-rules';
import type { Language } from '../lib/text-language';
import type { Messages } from '../i18n/messages';
import { placeTooltip } from './tooltip-placement';
import tooltipStyles from './tooltip.css?inline';

interface ShownSource {
  title: string;
  /** Absent for a paper the brief has no official address for: it is cited, not linked. */
  url?: string;
}

/** What a tooltip says about one marked term. */
export interface TooltipContent {
  /** The language of the explanation, and of the tooltip's own buttons. */
  language: Language;
  labels: Messages;
  title: string;
  /** In the brief's order: meaning today, the pediatric view, "Ask your child's care team." */
  explanation: string;
  /** Writers' advice, for the clinician wording only. */
  suggestedWording?: string;
  /** When to get care the same day, one tap away, with its source. */
  safety: { text: string; sources: readonly ShownSource[] };
  /** The sources of the sentences shown. */
  sources: readonly ShownSource[];
  disclaimer: string;
}

export interface TooltipActions {
  /** "More in the glossary" opens the glossary entry. */
  onMore(): void;
  /** "Not about pain? Hide here" */
  onHide(): void;
  /** "Add to my questions", where offered; resolves to whether the term was added. */
  onAddQuestion?(): Promise<boolean>;
}

/** At 1280 × 800 a tooltip is a note beside the text, not a page over it. */
const MAX_HEIGHT = 320;

/**
 * One tooltip for the whole page, in a closed shadow root so page CSS cannot reach it, it
 * cannot restyle the page, and a page script cannot reach its buttons or read it (the root is
 * kept here only; the focused mark's accessible description carries the explanation). It is a popover in the browser's top layer, so no page overlay,
 * z-index or transformed ancestor can cover or shift it. It sits beside the mark it explains
 * (placeTooltip), never over any of its lines, and follows it when the page scrolls or
 * reflows. It shows the title, the explanation and the disclaimer; the same-day safety line
 * and the sources and actions are each one tap away.
 */
export class Tooltip {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly box: HTMLElement;
  private anchor: HTMLElement | null = null;
  /**
   * A reflow (an image loading above, a panel opening) moves the mark or resizes the tooltip.
   * Placing waits for the next frame, so resizing the tooltip never loops inside one.
   */
  private readonly resized = new ResizeObserver(() => requestAnimationFrame(() => this.place()));

  constructor(private readonly document: Document) {
    this.host = document.createElement(UI_HOST_TAG);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
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
    // Screen readers read the explanation in its own language.
    this.box.lang = content.language;
    this.box.replaceChildren(...this.render(content, actions));
    this.box.hidden = false;
    if (!this.box.matches(':popover-open')) this.box.showPopover();
    this.resized.disconnect();
    this.resized.observe(this.box);
    this.resized.observe(this.document.documentElement);
    this.place();
  }

  hide(): void {
    this.anchor = null;
    this.resized.disconnect();
    if (this.box.matches(':popover-open')) this.box.hidePopover();
    this.box.hidden = true;
  }

  /** Keeps the tooltip beside its mark after scrolling, resizing or a reflow. */
  place(): void {
    if (!this.anchor) return;
    if (!this.anchor.isConnected) return this.hide();
    const lines = [...this.anchor.getClientRects()];
    if (lines.length === 0) lines.push(this.anchor.getBoundingClientRect());
    this.box.style.maxHeight = '';
    const natural = this.box.getBoundingClientRect();
    const { left, top, maxHeight } = placeTooltip({
      lines,
      viewport: {
        width: this.document.documentElement.clientWidth || window.innerWidth,
        height: window.innerHeight,
      },
      size: { width: natural.width, height: natural.height },
      rightToLeft: getComputedStyle(this.anchor).direction === 'rtl',
      maxHeight: MAX_HEIGHT,
    });
    this.box.style.maxHeight = `${Math.floor(maxHeight)}px`;
    this.box.style.left = `${Math.round(left)}px`;
    this.box.style.top = `${Math.round(top)}px`;
  }

  contains(node: Node | null): boolean {
    return (
      node !== null &&
      (node === this.host || this.host.contains(node) || this.shadow.contains(node))
    );
  }

  /**
   * The element that really has focus when `active` (the page's view of it) is our host: inside
   * the closed root only we can see which of the tooltip's links and buttons it is.
   */
  focusedWithin(active: Element | null): Element | null {
    return active === this.host ? (this.shadow.activeElement ?? active) : active;
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

  /** The links and buttons a reader can reach now: those in a closed panel are not. */
  private focusables(): HTMLElement[] {
    return [...this.box.querySelectorAll<HTMLElement>('a[href], button')].filter(
      (element) => element.closest('[hidden]') === null,
    );
  }

  private render(content: TooltipContent, actions: TooltipActions): Node[] {
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
      const element = this.document.createElement(tag);
      if (text !== undefined) element.textContent = text;
      return element;
    };
    /** A button that acts only for the reader: a page script's synthetic click does nothing. */
    const button = (text: string, onClick: () => void) => {
      const element = make('button', text);
      element.type = 'button';
      element.addEventListener('click', (event) => {
        if (event.isTrusted) onClick();
      });
      return element;
    };
    const sourceList = (sources: readonly ShownSource[], label: string) => {
      const list = make('ul');
      list.className = 'sources';
      list.setAttribute('aria-label', label);
      for (const source of sources) {
        const item = make('li');
        if (source.url) {
          const link = make('a', source.title);
          link.href = source.url;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          item.append(link);
        } else item.append(source.title);
        list.append(item);
      }
      return list;
    };
    /** A button that shows or hides the panel after it; only one panel is open at a time. */
    const panels: { toggle: HTMLButtonElement; panel: HTMLElement }[] = [];
    const disclosure = (text: string, className: string, ...children: Node[]) => {
      const panel = make('div');
      panel.className = `panel ${className}`;
      panel.id = `amps-lens-${className}`;
      panel.hidden = true;
      panel.append(...children);
      const toggle = button(text, () => {
        const opening = panel.hidden;
        for (const other of panels) {
          other.panel.hidden = true;
          other.toggle.setAttribute('aria-expanded', 'false');
        }
        panel.hidden = !opening;
        toggle.setAttribute('aria-expanded', String(opening));
        // A limited height hides a growing panel from the ResizeObserver: place it again now.
        this.place();
        // The tooltip scrolls inside when the panel makes it taller than its room: show the panel.
        if (opening) panel.scrollIntoView({ block: 'nearest' });
      });
      toggle.className = 'toggle';
      toggle.setAttribute('aria-expanded', 'false');
      toggle.setAttribute('aria-controls', panel.id);
      panels.push({ toggle, panel });
      return { toggle, panel };
    };

    const title = make('p', content.title);
    title.className = 'title';
    const nodes: Node[] = [title, make('p', content.explanation)];
    // Writers' wording sits with the sources, so a clinician's tooltip stays as short as a parent's.
    const extras: Node[] = [];
    if (content.suggestedWording) {
      const suggestion = make('p');
      suggestion.className = 'suggested';
      suggestion.append(
        make('strong', content.labels['tooltip.suggestedWording']),
        content.suggestedWording,
      );
      extras.push(suggestion);
    }
    const disclaimer = make('p', content.disclaimer);
    disclaimer.className = 'disclaimer';

    const safety = disclosure(
      content.labels['tooltip.whenToCall'],
      'safety',
      make('p', content.safety.text),
      sourceList(content.safety.sources, content.labels['tooltip.source']),
    );
    const more = disclosure(
      content.labels['tooltip.sourcesAndMore'],
      'more',
      ...extras,
      sourceList(content.sources, content.labels['tooltip.sources']),
      (() => {
        const row = make('div');
        row.className = 'actions';
        row.append(
          button(content.labels['tooltip.moreInGlossary'], actions.onMore),
          button(content.labels['tooltip.hideHere'], actions.onHide),
        );
        const { onAddQuestion } = actions;
        if (onAddQuestion) {
          const add = button(content.labels['tooltip.addQuestion'], () => {
            void onAddQuestion().then((added) => {
              if (added) add.textContent = content.labels['tooltip.questionAdded'];
            });
          });
          row.append(add);
        }
        return row;
      })(),
    );
    const toggles = make('div');
    toggles.className = 'toggles';
    toggles.append(safety.toggle, more.toggle);
    nodes.push(disclaimer, toggles, safety.panel, more.panel);
    return nodes;
  }
}
