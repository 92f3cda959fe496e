import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  ContentRequest,
  PageTermsResponse,
} from '../../src/messages/messages';
import { loadSettings, saveSettings, siteOf, watchSettings } from '../../src/settings/settings';
import { loadSiteAccess, runsOn, watchSiteAccess } from '../../src/settings/site-access';
import { Lens } from '../../src/page/lens';
import { isOnFor, lensOptions } from '../../src/page/lens-options';
import '../../src/page/marks.css';

/** Documents people read as pages: HTML (XHTML too) and plain text. XML data, feeds and images are left alone. */
const READABLE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];

/**
 * The site the reader sees in the address bar: the top page's hostname, in its frames too
 * (about:blank, srcdoc and other sites' frames), so turning a site off, or hiding a word there,
 * covers everything shown on its pages.
 */
function siteOfTab(): string | null {
  const ancestors = location.ancestorOrigins;
  const top = ancestors?.length ? ancestors[ancestors.length - 1] : location.href;
  return siteOf(top) ?? siteOf(location.origin);
}

export default defineContentScript({
  // In the manifest, so every page gets it from the first moment; these matches become the
  // host permissions. "Only on sites I pick" is checked below, before anything is read.
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  async main() {
    // The browser's PDF viewer keeps extensions out; the popup offers the reader page instead.
    if (document.contentType === 'application/pdf' && window === window.top) {
      browser.runtime.onMessage.addListener((message: unknown) =>
        (message as ContentRequest).type === 'amps-lens:page-terms'
          ? Promise.resolve({
              url: location.href,
              terms: [],
              pdf: true,
            } satisfies PageTermsResponse)
          : undefined,
      );
    }
    if (!READABLE_TYPES.includes(document.contentType)) return;
    const site = siteOfTab();
    let lens: Lens | null = null;

    const actions = {
      openGlossary: (card: BackgroundRequest['card']) =>
        void browser.runtime.sendMessage({
          type: 'amps-lens:open-glossary',
          card,
        } satisfies BackgroundRequest),
      hideOnThisSite: async (term: BackgroundRequest['card']) => {
        if (site === null) return;
        const settings = await loadSettings();
        const hidden = settings.hiddenTerms[site] ?? [];
        settings.hiddenTerms[site] = [...new Set([...hidden, term])];
        await saveSettings(settings);
      },
    };

    let settings = await loadSettings();
    let access = await loadSiteAccess();
    const apply = async () => {
      const on = runsOn(access, site) && isOnFor(settings, site);
      if (!on) {
        lens?.stop();
        lens = null;
        return;
      }
      const options = lensOptions(settings, site, {
        openGlossary: actions.openGlossary,
        hideOnThisSite: (term) => void actions.hideOnThisSite(term),
      });
      if (lens) await lens.update(options);
      else {
        lens = new Lens(document, options);
        await lens.start();
      }
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as ContentRequest;
      // Only the top frame answers for the page, so the popup gets one reply.
      if (window !== window.top && request.type === 'amps-lens:page-terms') return undefined;
      switch (request.type) {
        case 'amps-lens:page-terms':
          return Promise.resolve({
            url: location.href,
            terms: lens?.pageTerms() ?? [],
          } satisfies PageTermsResponse);
        case 'amps-lens:reveal':
          return Promise.resolve(lens?.reveal(request.card) ?? false);
        case 'amps-lens:step':
          lens?.step(request.direction);
          return Promise.resolve(true);
        default:
          return undefined;
      }
    });

    watchSettings((next) => {
      settings = next;
      void apply();
    });
    watchSiteAccess((next) => {
      access = next;
      void apply();
    });
    await apply();
  },
});
