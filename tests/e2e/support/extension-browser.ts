import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ContentState } from '../../../src/messages/messages';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The project folder: the nearest one up with a package.json (this file is also bundled for the bench). */
function projectRoot(): string {
  let folder = import.meta.dirname;
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder)
    folder = dirname(folder);
  return folder;
}

export const ROOT = projectRoot();
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SCREENSHOTS_DIR = join(ROOT, 'test-output/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium on this closed network: no background requests, no sandbox as root, no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.js': 'text/javascript',
};

/** Local pages for the tests: files under tests/fixtures, plus pages a test registers. */
export class FixtureServer {
  private server: Server | null = null;
  private readonly extra = new Map<
    string,
    { body: string | Buffer; headers: Record<string, string> }
  >();
  origin = '';
  /** Every path asked for, in order: what reached this server, whatever the browser reports. */
  readonly requested: string[] = [];

  page(path: string, body: string | Buffer, headers: Record<string, string> = {}): string {
    this.extra.set(path, { body, headers: { 'content-type': TYPES['.html'], ...headers } });
    return this.origin + path;
  }

  async start(): Promise<void> {
    const fixtures = join(ROOT, 'tests/fixtures');
    this.server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      this.requested.push(path);
      const extra = this.extra.get(path);
      if (extra) {
        response.writeHead(200, extra.headers).end(extra.body);
        return;
      }
      const file = normalize(join(fixtures, path));
      if (!file.startsWith(fixtures) || !existsSync(file)) {
        response.writeHead(404).end('not found');
        return;
      }
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((done) => this.server?.close(done));
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded. Fails loudly when the browser or the build is
 * missing: a skipped end-to-end test would hide a broken extension.
 */
export async function launchWithExtension(
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** The built extension to load: the tests' default build unless given (the bench has its own). */
    extensionDir?: string;
    /** A profile to use again (a browser restart); the test removes it. Else a fresh one, removed on close. */
    userDataDir?: string;
    /**
     * The browser's language, e.g. 'es'. Debian's Chromium takes it from LANGUAGE in its
     * environment (not --lang) and needs the chromium-l10n package for it.
     */
    language?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'amps-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.language && {
      env: { ...process.env, LANGUAGE: options.language },
      locale: options.language,
    }),
    viewport: options.viewport ?? { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Asks the content script of `url`'s tabs for its state, from the service worker with the
 * extension's own runtime message: nothing a page can see or fake. [] before any has answered.
 * With `frameUrl`, the frame showing that address answers instead of the top frame.
 */
export function contentStates(
  page: Page,
  url = page.url(),
  frameUrl?: string,
): Promise<(ContentState | null)[]> {
  const worker = page.context().serviceWorkers()[0];
  return worker.evaluate(
    async ([address, inFrame]) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: {
            query(filter: object): Promise<{ id: number; url?: string }[]>;
            sendMessage(id: number, message: object, options: object): Promise<unknown>;
          };
        };
      };
      const tabs = (await chrome.tabs.query({})).filter((tab) => tab.url === address);
      return Promise.all(
        tabs.map((tab) =>
          chrome.tabs
            .sendMessage(
              tab.id,
              { type: 'amps-lens:state', url: inFrame },
              inFrame === undefined ? { frameId: 0 } : {},
            )
            .then(
              (state) => state as ContentState,
              () => null,
            ),
        ),
      );
    },
    [url, frameUrl] as const,
  );
}

/**
 * Waits until the page's content script has applied its settings and has nothing left to do:
 * it decided not to run, or it finished a scan (one that marked nothing too) and no page change
 * waits. With `after`, it must also have applied the settings more than `after` times.
 */
export async function waitForScan(page: Page, after = 0, frameUrl?: string): Promise<ContentState> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const states = await contentStates(page, page.url(), frameUrl);
    const done = states.length > 0 && states.every((state) => isSettled(state, after));
    if (done) return states[0] as ContentState;
    if (Date.now() > deadline) {
      throw new Error(
        `The content script of ${page.url()} did not settle: ${JSON.stringify(states)}`,
      );
    }
    // Polling the extension's own state, not waiting for time to pass.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isSettled(state: ContentState | null, after: number): boolean {
  if (state === null || state.applied <= after) return false;
  return state.off !== null || state.lens?.settled === true;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}
