/**
 * The tooltip as outside checks reach it: its shadow root is closed, so no page script (and no
 * `page.evaluate`, no Playwright locator) can get in. The DevTools protocol can: a pierced
 * document includes closed shadow roots, and clicks sent through it are the reader's own,
 * trusted input.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

type Scope = Page | Frame;

const TOOLTIP_HOST = 'amps-lens-ui';

interface DomNode {
  backendNodeId: number;
  localName?: string;
  documentURL?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function pageOf(scope: Scope): Page {
  return 'mainFrame' in scope ? scope : scope.page();
}

/** One DevTools session per page, for every check on it. */
export function devtools(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The tooltip host's closed shadow root in the document at `url`, if the tooltip is there. */
function findRoot(node: DomNode, url: string, inDocument: boolean): DomNode | null {
  if (node.documentURL !== undefined) inDocument = node.documentURL === url;
  if (inDocument && node.localName === TOOLTIP_HOST && node.shadowRoots?.[0]) {
    return node.shadowRoots[0];
  }
  const next = [...(node.shadowRoots ?? []), ...(node.children ?? [])];
  if (node.contentDocument) next.push(node.contentDocument);
  for (const child of next) {
    const found = findRoot(child, url, inDocument);
    if (found) return found;
  }
  return null;
}

/**
 * Runs `read` on the tooltip's shadow root (in `scope`'s document, a frame's too) and returns
 * what it returns, or `absent` when the page has no tooltip. `read` runs in the page, like a
 * `page.evaluate` function: it may use only its arguments.
 */
export async function inTooltip<Arg, Result>(
  scope: Scope,
  read: (root: ShadowRoot, arg: Arg) => Result,
  arg: Arg,
  absent: Result,
): Promise<Awaited<Result>> {
  const cdp = await devtools(pageOf(scope));
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const shadow = findRoot(root as DomNode, scope.url(), false);
  if (!shadow) return absent as Awaited<Result>;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${read.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(`in the tooltip: ${exceptionDetails.exception?.description ?? ''}`);
    }
    return result.value as Awaited<Result>;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
  }
}

/** The tooltip's box when it is open, or null. */
export function tooltipBox(scope: Scope) {
  return inTooltip(
    scope,
    (root) => {
      const box = root.querySelector<HTMLElement>('.tooltip');
      if (!box || box.hidden || !box.checkVisibility()) return null;
      const rect = box.getBoundingClientRect();
      return {
        text: box.textContent ?? '',
        role: box.getAttribute('role'),
        left: rect.left,
        top: rect.top,
        right: rect.right,
        bottom: rect.bottom,
      };
    },
    undefined,
    null,
  );
}

/** The open tooltip's text (closed panels included), or null when it is closed. */
export async function tooltipText(scope: Scope): Promise<string | null> {
  return (await tooltipBox(scope))?.text ?? null;
}

type Control = 'button' | 'link';

/** The names of the tooltip's buttons or links a reader can see now (those in closed panels are not). */
export function tooltipControls(scope: Scope, kind: Control): Promise<string[]> {
  return inTooltip(
    scope,
    (root, selector) =>
      [...root.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.checkVisibility())
        .map((element) => (element.textContent ?? '').trim()),
    kind === 'button' ? 'button' : 'a[href]',
    [],
  );
}

/** The address of the visible tooltip link whose name matches `name`. */
export function tooltipLinkHref(scope: Scope, name: RegExp): Promise<string | null> {
  return inTooltip(
    scope,
    (root, source) => {
      const pattern = new RegExp(source);
      const link = [...root.querySelectorAll('a[href]')].find(
        (element) => element.checkVisibility() && pattern.test(element.textContent ?? ''),
      );
      return link?.getAttribute('href') ?? null;
    },
    name.source,
    null,
  );
}

/** The element focused inside the tooltip, as page-checks' `focused` describes it, or null. */
export function focusedInTooltip(scope: Scope): Promise<string | null> {
  return inTooltip(
    scope,
    (root) => {
      const active = root.activeElement;
      return active
        ? `${active.localName} ${(active.textContent ?? '').trim().slice(0, 40)}`
        : null;
    },
    undefined,
    null,
  );
}

/** Two animation frames of the page: what it changes in one frame has been drawn. */
function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Whether a click at `point` lands on the element `objectId` (or inside it), as hit-testing finds it. */
async function hits(
  cdp: CDPSession,
  objectId: string,
  point: { x: number; y: number },
): Promise<boolean> {
  const { backendNodeId } = await cdp.send('DOM.getNodeForLocation', {
    ...point,
    ignorePointerEventsNone: true,
  });
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: 'function (node) { return this.contains(node); }',
    arguments: [{ objectId: object.objectId }],
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
  return result.value === true;
}

/**
 * Clicks the visible tooltip button (or link) named `name` as a reader does: a real mouse
 * move, press and release at its centre, through the DevTools protocol. Waits for it to show.
 */
export async function clickInTooltip(page: Page, name: string): Promise<void> {
  const cdp = await devtools(page);
  const deadline = Date.now() + 5000;
  for (;;) {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const shadow = findRoot(root as DomNode, page.url(), false);
    if (shadow) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (name) {
          return [...this.querySelectorAll('button, a[href]')].find(
            (element) => element.checkVisibility() && element.textContent.trim() === name,
          ) ?? null;
        }`,
        arguments: [{ value: name }],
      });
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
      if (result.objectId) {
        await cdp.send('DOM.scrollIntoViewIfNeeded', { objectId: result.objectId });
        // The tooltip places itself again a frame after it grows: click where it has settled.
        const border = async () =>
          (await cdp.send('DOM.getBoxModel', { objectId: result.objectId })).model.border.join();
        let before = await border();
        for (;;) {
          await nextFrames(page);
          const after = await border();
          if (after === before) break;
          before = after;
        }
        const [x1, y1, , , x3, y3] = before.split(',').map(Number);
        const point = { x: Math.round((x1 + x3) / 2), y: Math.round((y1 + y3) / 2) };
        const hit = await hits(cdp, result.objectId, point);
        await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
        if (!hit) {
          if (Date.now() > deadline) throw new Error(`"${name}" in the tooltip is covered`);
          await nextFrames(page);
          continue;
        }
        await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...point });
        for (const type of ['mousePressed', 'mouseReleased'] as const) {
          await cdp.send('Input.dispatchMouseEvent', {
            type,
            ...point,
            button: 'left',
            buttons: type === 'mousePressed' ? 1 : 0,
            clickCount: 1,
          });
        }
        return;
      }
    }
    if (Date.now() > deadline) throw new Error(`no "${name}" to click in the tooltip`);
    // Wait for the page to change (the tooltip opening), not for a fixed time.
    await nextFrames(page);
  }
}

/**
 * axe-core finds shadow content through `host.shadowRoot`, which is null for the tooltip: the
 * test driver hands axe the closed root on the host it audits. Test pages only; the extension
 * never does this.
 */
export async function showTooltipToAxe(page: Page): Promise<void> {
  const shown = await inTooltip(
    page,
    (root) => {
      Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
      return true;
    },
    undefined,
    false,
  );
  if (!shown) throw new Error('no tooltip in the page');
}
