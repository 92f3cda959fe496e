import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '../../scripts/check-bundles.js');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Two built extensions with these files (path → text) in each, plus a manifest. */
function builtWith(files: Record<string, string>, manifest: object = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'amps-lens-bundles-'));
  folders.push(root);
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const all = { 'manifest.json': JSON.stringify({ manifest_version: 3, ...manifest }), ...files };
    for (const [path, text] of Object.entries(all)) {
      const file = join(root, '.output', target, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return root;
}

/** The check's exit code and what it printed. */
function check(root: string): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync('node', [SCRIPT, root], { encoding: 'utf8' }) };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { code: failed.status, output: failed.stderr };
  }
}

describe('bundle check', () => {
  it('passes code that only reads the page and links to its sources', () => {
    const root = builtWith({
      'background.js': 'chrome.tabs.create({url:"popup.html"});',
      'chunks/glossary.js':
        'const s={url:"https://www.chop.edu/conditions-diseases/amplified-musculoskeletal-pain-syndrome-amps"};',
      'popup.html': '<script type="module" src="/chunks/popup.js"></script>',
    });
    expect(check(root)).toEqual({ code: 0, output: expect.stringContaining('no network') });
  });

  it.each([
    ['the module-preload polyfill', 'function n(e){let n=t(e);fetch(e.href,n)}', 'fetch('],
    ['an XMLHttpRequest', 'new XMLHttpRequest().open("GET",u)', 'XMLHttpRequest'],
    ['a socket', 'new WebSocket("wss://x.example")', 'WebSocket'],
    ['a beacon', 'navigator.sendBeacon(u,d)', 'sendBeacon'],
    ['eval', 'eval(code)', 'eval('],
    ['a Function constructor', 'new Function("return 1")', 'Function('],
    ['a Function call', 'Function(code)()', 'Function('],
    ['a remote import', 'await import("https://cdn.example/x.js")', 'remote import'],
  ])('fails on %s', (_, code, rule) => {
    const { code: exit, output } = check(builtWith({ 'content-scripts/content.js': code }));
    expect(exit).toBe(1);
    expect(output).toContain(`content-scripts/content.js: ${rule}`);
  });

  it('fails on a remote script in a page and on a loosened content security policy', () => {
    const root = builtWith(
      { 'popup.html': '<script src="https://cdn.example/analytics.js"></script>' },
      { content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" } },
    );
    const { code, output } = check(root);
    expect(code).toBe(1);
    expect(output).toContain('popup.html: remote script');
    expect(output).toContain('content_security_policy allows more');
  });

  describe('pdf.js in the reader', () => {
    const pdfjs =
      'fetch(u);fetch(u);fetch(u);fetch(u);fetch(u);fetch(u);fetch(u);new XMLHttpRequest;XMLHttpRequest;XMLHttpRequest;try{Function(``)}catch{}';
    const worker = `${'x.fetch(r);'.repeat(29)}new Function("");new Function(a,b);`;
    const reader = {
      'reader.html': '<script type="module" src="/chunks/reader-AbCd1234.js"></script>',
      'chunks/reader-AbCd1234.js': 'await import("./pdfjs-browser-Xy12Ab34.js")',
      'assets/pdf.worker.min-Qw12Er34.mjs': worker,
    };

    it('passes exactly its known network and eval code paths, in the reader only', () => {
      const root = builtWith({ ...reader, 'chunks/pdfjs-browser-Xy12Ab34.js': pdfjs });
      expect(check(root).code).toBe(0);
    });

    it('fails on one more of them', () => {
      const root = builtWith({
        ...reader,
        'chunks/pdfjs-browser-Xy12Ab34.js': `${pdfjs}fetch(v);`,
      });
      const { code, output } = check(root);
      expect(code).toBe(1);
      expect(output).toContain(
        'chunks/pdfjs-browser-Xy12Ab34.js: fetch( 8 times (pdf.js may have 7)',
      );
    });

    it('fails when the popup loads it', () => {
      const root = builtWith({
        ...reader,
        'chunks/pdfjs-browser-Xy12Ab34.js': pdfjs,
        'popup.html': '<script type="module" src="/chunks/popup-Zz99Yy88.js"></script>',
        'chunks/popup-Zz99Yy88.js': 'import("./pdfjs-browser-Xy12Ab34.js")',
      });
      const { code, output } = check(root);
      expect(code).toBe(1);
      expect(output).toContain('chunks/pdfjs-browser-Xy12Ab34.js: fetch(');
    });
  });

  it('fails when a build is missing', () => {
    const root = builtWith({});
    rmSync(join(root, '.output/firefox-mv3'), { recursive: true });
    const { code, output } = check(root);
    expect(code).toBe(1);
    expect(output).toContain('firefox-mv3: not built');
  });
});
