import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  ContentRequest,
  ContentState,
  PageTermsResponse,
} from '../../src/messages/messages';
import { loadSettings, siteOf, watchSettings } from '../../src/settings/settings';
import { loadSiteAccess, runsOn, watchSiteAccess } from '../../src/settings/site-access';
import { Lens } from '../../src/page/lens';
import { isOnFor, lensOptions } from '../../src/page/lens-options';
import type { TermId } from '../../src/terms/term-match';

/** Documents people read as pages: HTML (XHTML too) and plain text. XML data, feeds and images are left alone. */
const READABLE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];

/**
 * The site the reader sees in the address bar, or undefined in a frame from another origin than
 * the top page's. Same-origin frames (about:blank and srcdoc ones too) share the top page's
 * site, so turning a site off, or hiding a word there, covers everything of it shown. A frame
 * from elsewhere (an ad, an embed) never learns the embedding site's settings: it does not run.
 */
function siteOfTab(): string | null | undefined {
  try {
    return siteOf((window.top ?? window).location.href);
  } catch {
    return undefined;
  }
}

/** Settings change only through the background, which checks who asks and for which site. */
function send(request: BackgroundRequest): void {
  void browser.runtime.sendMessage(request);
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
      return;
    }
    const site = siteOfTab();
    const isTop = window === window.top;
    let lens: Lens | null = null;
    const state: ContentState = { off: null, applied: 0, lens: null };

    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as ContentRequest;
      if (request.type === 'amps-lens:state') {
        const asked = request.url === undefined ? isTop : request.url === location.href;
        return asked ? Promise.resolve({ ...state, lens: lens?.state() ?? null }) : undefined;
      }
      // Only the top frame answers for the page, so the popup gets one reply.
      if (!isTop) return undefined;
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

    if (!READABLE_TYPES.includes(document.contentType) || site === undefined) {
      state.off = site === undefined ? 'other-origin-frame' : 'not-readable';
      state.applied = 1;
      return;
    }

    const actions = {
      openGlossary: (card: TermId) => send({ type: 'amps-lens:open-glossary', card }),
      hideOnThisSite: (term: TermId) => send({ type: 'amps-lens:hide-term', term }),
      // Offered in the top frame only, where the background accepts it.
      addQuestion: isTop
        ? (card: TermId) =>
            browser.runtime
              .sendMessage({ type: 'amps-lens:add-question', card } satisfies BackgroundRequest)
              .then(
                (added: unknown) => added === true,
                () => false,
              )
        : undefined,
    };

    let settings = await loadSettings();
    let access = await loadSiteAccess();
    const apply = async () => {
      const picked = runsOn(access, site);
      if (!picked || !isOnFor(settings, site)) {
        lens?.stop();
        lens = null;
        state.off = picked ? 'turned-off' : 'not-picked';
      } else {
        state.off = null;
        const options = lensOptions(settings, site, actions);
        if (lens) await lens.update(options);
        else {
          lens = new Lens(document, options);
          await lens.start();
        }
      }
      state.applied++;
    };

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
