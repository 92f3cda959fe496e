import { defineConfig } from 'wxt';

/** `AMPS_LENS_MEASURE=1` builds record the scan measures (docs/CONTRACTS.md, "Timing"); others record nothing. */
const MEASURE = process.env.AMPS_LENS_MEASURE === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // `npm run bench` builds its measuring copy elsewhere, so the tests' build stays the default one.
  outDir: process.env.AMPS_LENS_OUT_DIR ?? '.output',
  vite: () => ({
    // Vite's module-preload polyfill calls fetch(); the popup loads its one chunk without it,
    // and the bundle check (scripts/check-bundles.js) allows no fetch at all.
    build: { modulePreload: { polyfill: false } },
    define: { AMPS_LENS_MEASURE: JSON.stringify(MEASURE) },
  }),
  zip: {
    // The sources zip is what Firefox reviewers rebuild from (README, "Release"): the code and
    // its build files, without test screenshots, benchmark output or the command-line bundle.
    excludeSources: ['test-output/**', 'bench-output/**', 'dist/**', 'docs/images/**'],
  },
  // The version lives in package.json only: WXT copies it into both manifests.
  manifest: ({ browser }) => ({
    // Name, description and shortcut names in the browser's language (public/_locales).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission's reason is in the README, "Permissions".
    permissions: ['storage'],
    // Extension pages (popup, reader) load and run only the extension's own files, and reach
    // no network at all: no eval, no plugins, no fetch, no sockets. pdf.js's worker is one of
    // those files (worker-src falls back to script-src).
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'",
    },
    // The pages the content script reads; declared too so the popup may see its tab's address
    // (for "Add this site") without the broader "tabs" permission.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_nextTerm__',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_previousTerm__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'amps-lens@amps-lens',
          // The first release that reads data_collection_permissions (and has every API used here).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
