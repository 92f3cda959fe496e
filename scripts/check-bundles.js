// `npm run check:bundles [ROOT]`: fails when a built extension could reach the network or run
// code it did not ship. Reads every .js and .html file of ROOT/.output/chrome-mv3 and
// ROOT/.output/firefox-mv3 (build both first; ROOT is the project) and the manifests' content
// security policy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
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
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'importScripts(', pattern: /\bimportScripts\s*\(/ },
  { name: 'remote import', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\//i },
  { name: 'remote import', pattern: /\bfrom\s*["'`](?:https?:)?\/\//i },
  { name: 'remote script', pattern: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i },
  { name: 'remote stylesheet', pattern: /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i },
];

/** The rules `text` breaks, each with the text around the first hit. */
function findForbidden(text) {
  const found = [];
  for (const { name, pattern } of FORBIDDEN) {
    const hit = pattern.exec(text);
    if (hit) found.push({ name, excerpt: text.slice(Math.max(0, hit.index - 40), hit.index + 60) });
  }
  return found;
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
    for (const file of files(folder)) {
      for (const { name, excerpt } of findForbidden(readFileSync(file, 'utf8'))) {
        problems.push(`${relative(root, file)}: ${name} in …${excerpt.replace(/\s+/g, ' ')}…`);
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
