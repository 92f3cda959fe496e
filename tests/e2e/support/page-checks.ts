import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Frame, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import { focusedInTooltip, tooltipBox } from './tooltip';

/**
 * Errors a page shows in its console: uncaught exceptions and rejections from the page and
 * from the content script alike (Chromium reports both), and console.error calls. Missing
 * favicons are not errors of ours.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  return errors;
}

type Scope = Page | Frame;

/** Each marked occurrence as "term: text", its pieces joined, in page order (open shadow roots included). */
export function markedOccurrences(scope: Scope): Promise<string[]> {
  return scope.evaluate(() => {
    const byOccurrence = new Map<string, { term: string; text: string }>();
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.matches('mark[data-amps-term]')) {
          const id = element.dataset.ampsOccurrence ?? '';
          const entry = byOccurrence.get(id) ?? { term: element.dataset.ampsTerm ?? '', text: '' };
          entry.text += element.textContent;
          byOccurrence.set(id, entry);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return [...byOccurrence.values()].map(({ term, text }) => `${term}: ${text}`);
  });
}

/**
 * The page's text nodes, one string per node, with the path to each: what turning the lens
 * off must give back exactly (same nodes, same splits, same text). Open shadow roots included.
 */
export function textNodes(scope: Scope): Promise<string[]> {
  return scope.evaluate(() => {
    const out: string[] = [];
    const visit = (node: Node, path: string) => {
      if (node.nodeType === Node.TEXT_NODE)
        out.push(`${path} ${JSON.stringify((node as Text).data)}`);
      const shadow = node instanceof Element ? node.shadowRoot : null;
      if (shadow) visit(shadow, `${path}/#shadow`);
      node.childNodes.forEach((child, index) => {
        if (child instanceof Element && child.localName === 'amps-lens-ui') return;
        visit(child, `${path}/${child.nodeName.toLowerCase()}[${index}]`);
      });
    };
    visit(document.body, 'body');
    return out;
  });
}

/** The tooltip when it is open (text, role and box), or null: read through the DevTools protocol. */
export const openTooltip = tooltipBox;

/**
 * The focused element, looking into open shadow roots, same-origin frames and (through the
 * DevTools protocol) the tooltip's closed root: tag, term and occurrence, or text.
 */
export async function focused(scope: Scope): Promise<string> {
  const seen = await scope.evaluate((host) => {
    let active = document.activeElement;
    for (;;) {
      const inner =
        active?.shadowRoot?.activeElement ??
        (active as HTMLIFrameElement | null)?.contentDocument?.activeElement;
      if (!inner || inner === active) break;
      active = inner;
    }
    if (!active || active.localName === 'body') return 'body';
    if (active.localName === host) return host;
    const mark = active as HTMLElement;
    if (mark.dataset.ampsTerm)
      return `mark ${mark.dataset.ampsTerm} ${mark.dataset.ampsOccurrence}`;
    return `${active.localName} ${(active.textContent ?? '').trim().slice(0, 40)}`;
  }, 'amps-lens-ui');
  return seen === 'amps-lens-ui' ? ((await focusedInTooltip(scope)) ?? seen) : seen;
}

/**
 * Does what a keyboard shortcut does (headless Chromium cannot press extension shortcuts): the
 * service worker sends the active tab the same runtime messages the command handler sends
 * (src/background/commands.ts, tested on its own in commands.test.ts).
 */
export async function runShortcut(
  browser: ExtensionBrowser,
  command: 'next-term' | 'previous-term',
): Promise<void> {
  await browser.worker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query(filter: object): Promise<{ id: number }[]>;
          sendMessage(id: number, message: object, options: object): Promise<unknown>;
        };
        runtime: { sendMessage(message: object): Promise<unknown> };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const direction = name === 'next-term' ? 'next' : 'previous';
    const step = { type: 'amps-lens:step', direction };
    await chrome.tabs.sendMessage(tab.id, step, { frameId: 0 }).catch(() => undefined);
    const readerStep = { type: 'amps-lens:reader-step', tabId: tab.id, direction };
    await chrome.runtime.sendMessage(readerStep).catch(() => undefined);
  }, command);
}

/** Writes the extension's stored settings as the popup would (or as a bad value might be left). */
export async function storeSettings(browser: ExtensionBrowser, settings: unknown): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * axe-core on part of a page (`include` as axe takes it: selectors, with arrays to reach into
 * shadow roots). Returns the serious and critical violations.
 */
export async function seriousAxeViolations(
  scope: Scope,
  include: (string | string[])[],
): Promise<AxeViolation[]> {
  // Evaluated through the debugger protocol, so a page's Content-Security-Policy cannot block it.
  await scope.evaluate(AXE_SOURCE);
  const violations = await scope.evaluate(async (selectors) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: object,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ include: selectors }, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, include);
  return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
}

/** A finger tap at a point (what page.tap does, without needing a touch-enabled browser context). */
export async function tap(cdp: CDPSession, x: number, y: number): Promise<void> {
  const point = { x: Math.round(x), y: Math.round(y) };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The centre of the first element matching `selector`, in viewport pixels. */
export async function centreOf(scope: Scope, selector: string): Promise<{ x: number; y: number }> {
  return scope.evaluate((query) => {
    const element = document.querySelector(query);
    if (!element) throw new Error(`nothing matches ${query}`);
    element.scrollIntoView({ block: 'center' });
    const rect = element.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
}
