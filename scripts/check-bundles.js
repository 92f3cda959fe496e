// `npm run check:bundles [ROOT]`: fails when a built extension could reach the network or run
// code it did not ship. Reads every .js and .html file of ROOT/.output/chrome-mv3 and
// ROOT/.output/firefox-mv3 (build both first; ROOT is the project) and the manifests' content
// security policy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What no bundle may contain. URLs in plain strings are allowed: the glossary's source links
 * are data shown as links, never loaded. Only URLs in a place that loads code are refused.
 */
const FORBIDDEN = [
  { name: 'fetch(', pattern: /\bfetch\s*\(/ },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'WebSocket', pattern: /\bWebSocket\b/ },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  { name: 'EventSource', pattern: /\bEventSource\b/ },
  { name: 'eval(', pattern: /\beval\s*\(/ },
  // With `new` or without: both compile a string.
  { name: 'Function(', pattern: /(?<![.\w$])Function\s*\(/ },
  { name: 'importScripts(', pattern: /\bimportScripts\s*\(/ },
  { name: 'remote import', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\//i },
  { name: 'remote import', pattern: /\bfrom\s*["'`](?:https?:)?\/\//i },
  { name: 'remote script', pattern: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i },
  { name: 'remote stylesheet', pattern: /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i },
];

/**
 * The one exception: pdf.js, in the reader page's own files. Its main chunk can load a PDF from
 * a URL (fetch, XMLHttpRequest); its worker fetches font and colour data when asked to, and
 * compiles fonts and PostScript functions (new Function) when eval is allowed; the main chunk
 * tries `Function('')` to learn whether eval is allowed. The reader
 * passes the file's bytes with `isEvalSupported: false` and `useWorkerFetch: false`, and the
 * extension pages' content security policy has `connect-src 'none'` and no 'unsafe-eval', so
 * none of these paths can run; tests/e2e/no-network.test.ts reads a PDF in the reader to show
 * it. Each file may hold exactly this many hits of exactly these rules, and no page but the
 * reader may load it: a pdf.js update that adds one, or a popup that imports pdf.js, fails.
 */
const READER_ONLY = [
  {
    file: /^chunks\/pdfjs-browser-[\w-]+\.js$/,
    allowed: { 'fetch(': 7, XMLHttpRequest: 3, 'Function(': 1 },
  },
  { file: /^assets\/pdf\.worker\.min-[\w-]+\.mjs$/, allowed: { 'fetch(': 29, 'Function(': 2 } },
];
/** The pages and scripts that must stay strict, with everything they load. */
const STRICT_ROOTS = ['popup.html', 'background.js', 'content-scripts/content.js'];

/** The rules `text` breaks, each with how often and the text around the first hit. */
function findForbidden(text) {
  const found = [];
  for (const { name, pattern } of FORBIDDEN) {
    const hits = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
    if (hits.length === 0) continue;
    const at = hits[0].index;
    found.push({ name, count: hits.length, excerpt: text.slice(Math.max(0, at - 40), at + 60) });
  }
  return found;
}

/** The rules a file may break, and how often each (only pdf.js in the reader's files). */
function allowedIn(path) {
  return READER_ONLY.find(({ file }) => file.test(path))?.allowed ?? {};
}

/** Every built file `root` loads, itself included, found by the file names it mentions. */
function loadedBy(root, texts) {
  const byName = new Map([...texts.keys()].map((path) => [path.split('/').pop(), path]));
  const seen = new Set();
  const pending = [root];
  while (pending.length > 0) {
    const path = pending.pop();
    if (seen.has(path) || !texts.has(path)) continue;
    seen.add(path);
    for (const [name] of texts.get(path).matchAll(/[\w.-]+\.m?js\b/g)) {
      if (byName.has(name)) pending.push(byName.get(name));
    }
  }
  return seen;
}

/** A content security policy must not let pages load or run anything from elsewhere. */
function findLooseCsp(manifest) {
  const policies = Object.values(manifest.content_security_policy ?? {});
  return policies.filter((policy) => /https?:|\*|unsafe-eval|wasm-unsafe-eval|data:/.test(policy));
}

function files(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ['.js', '.mjs', '.html'].includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
}

function check(root) {
  const problems = [];
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const folder = join(root, '.output', target);
    if (!existsSync(join(folder, 'manifest.json'))) {
      problems.push(`${target}: not built (npm run build && npm run build:firefox)`);
      continue;
    }
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    for (const policy of findLooseCsp(manifest)) {
      problems.push(`${target}/manifest.json: content_security_policy allows more: ${policy}`);
    }
    const texts = new Map(
      files(folder).map((file) => [
        relative(folder, file).split(sep).join('/'),
        readFileSync(file, 'utf8'),
      ]),
    );
    const strict = new Set(STRICT_ROOTS.flatMap((path) => [...loadedBy(path, texts)]));
    for (const [path, text] of texts) {
      const allowed = strict.has(path) ? {} : allowedIn(path);
      for (const { name, count, excerpt } of findForbidden(text)) {
        if (allowed[name] === count) continue;
        const often =
          allowed[name] === undefined ? '' : ` ${count} times (pdf.js may have ${allowed[name]})`;
        problems.push(`${target}/${path}: ${name}${often} in …${excerpt.replace(/\s+/g, ' ')}…`);
      }
    }
  }
  return problems;
}

const problems = check(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
if (problems.length > 0) {
  console.error(`The bundles could reach the network or run outside code:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Bundles: no network calls, no eval, no remote code.');
