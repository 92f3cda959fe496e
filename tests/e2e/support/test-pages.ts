import type { Frame, Page } from 'playwright-core';

/** A test page: a minimal HTML document around `body`. */
export const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Test page</title>${head}</head><body>${body}</body></html>`;

/** A forum thread with terms in the page, a web component and a frame, between two buttons and a search box. */
export const THREAD = html(
  `<button id="before">Before the thread</button>
   <main>
     <h1>Forum: our daughter's foot pain</h1>
     <p>Post 1: The first doctor called it RSD.</p>
     <p>Post 2: Our team says CRPS type 1, <a href="#reply">reply</a>.</p>
     <thread-note></thread-note>
     <p>Post 4: Someone mentioned fibromyalgia.</p>
     <iframe title="Quoted post" srcdoc="<p>Post 5 (quoted in a frame): algodystrophy.</p>"></iframe>
   </main>
   <button id="after">After the thread</button>
   <label>Search <input id="search"></label>
   <script>
     customElements.define('thread-note', class extends HTMLElement {
       connectedCallback() {
         this.attachShadow({ mode: 'open' }).innerHTML = '<p>Post 3 (a web component): causalgia.</p>';
       }
     });
   </script>`,
  `<meta name="color-scheme" content="light dark">
   <style>
     body { font: 16px/1.5 sans-serif; margin: 24px; max-width: 40em; }
     @media (prefers-color-scheme: dark) { body { background: #121212; color: #e6e6e6; } a { color: #8ab4f8; } }
   </style>`,
);

/** Marked occurrences under one element. */
export function marksIn(scope: Page | Frame, selector: string): Promise<string[]> {
  return scope.evaluate((query) => {
    const byOccurrence = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>(`${query} mark[data-amps-term]`)) {
      const id = mark.dataset.ampsOccurrence ?? '';
      byOccurrence.set(
        id,
        (byOccurrence.get(id) ?? `${mark.dataset.ampsTerm}: `) + mark.textContent,
      );
    }
    return [...byOccurrence.values()];
  }, selector);
}

/** How a mark looks next to the text around it. */
export function lookOf(page: Page, selector: string) {
  return page.evaluate((query) => {
    const element = document.querySelector(query) as HTMLElement;
    const style = getComputedStyle(element);
    const parent = getComputedStyle(element.parentElement as HTMLElement);
    return {
      background: style.backgroundColor,
      line: style.textDecorationLine,
      dotted: style.textDecorationStyle,
      sameWeight: style.fontWeight === parent.fontWeight,
      sameColour: style.color === parent.color,
      padding: style.padding,
    };
  }, selector);
}

/** Whether the text nodes the page's script kept (window.ownText) are all in the page, with their own text. */
export function ownTextIntact(page: Page) {
  return page.evaluate(() =>
    (window as unknown as { ownText: [Text, string][] }).ownText.every(
      ([node, data]) => node.isConnected && node.data === data,
    ),
  );
}
