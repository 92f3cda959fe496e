import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
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
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  const userDataDir = mkdtempSync(join(tmpdir(), 'amps-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
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
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has finished its first scan of the page. */
export async function waitForScan(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('amps-lens:scan').length > 0,
    null,
    {
      timeout: 15_000,
    },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}
