/**
 * Puts the popup together: tabs, glossary, cycle, page terms and settings.
 * Everything that needs the extension APIs arrives through `PopupDeps`
 * (entrypoints/popup/main.ts), so this module runs in a plain DOM as well.
 */
import type { PageTermsResponse } from '../messages/messages';
import { siteOf, type Settings } from '../settings/settings';
import { glossaryText } from '../glossary/texts';
import { localizeStatic } from './localize-static';
import { interfaceLanguage, uiLanguage, useLanguage } from './ui-text';
import type { TermId } from '../terms/term-match';
import { renderCycle } from './cycle-view';
import { sourceLinks } from './sources-view';
import { entryElementId, renderGlossary } from './glossary-view';
import { renderPageTerms } from './page-view';
import { renderSettings } from './settings-view';
import { showSiteAccess } from './site-access-view';
import { isTabId, setupTabs } from './tabs';

export interface PopupDeps {
  /** The content script's answer for the tab, or null when it has none. */
  pageTerms: Promise<PageTermsResponse | null>;
  /** The tab's address looks like a PDF (the browser's viewer has no content script to answer). */
  tabIsPdf: Promise<boolean>;
  /** Opens the reader page, for letters, notes and PDFs. */
  openReader(): void;
  /** Opens "Questions for our visit". */
  openQuestions(): void;
  addQuestion(term: TermId): Promise<void>;
  reveal(term: TermId): Promise<void>;
  copy(text: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: (settings: Settings) => Settings): Promise<Settings>;
  /** Calls back when settings change in another page (a tab's "Hide here", another popup). */
  watchSettings(callback: (settings: Settings) => void): void;
  /** The browser's language (navigator.language), which the interface follows by default. */
  browserLocale: string;
  /** Draws the popup again, in a newly chosen language. */
  redraw(): void;
}

function element(root: Document, id: string): HTMLElement {
  const found = root.getElementById(id);
  if (!found) throw new Error(`popup.html has no #${id}`);
  return found;
}

export async function startPopup(root: Document, deps: PopupDeps): Promise<void> {
  // The language comes first: everything below is drawn in it.
  const settingsLoaded = deps.loadSettings();
  const language = interfaceLanguage((await settingsLoaded).language, deps.browserLocale);
  useLanguage(language);
  root.documentElement.lang = language;
  localizeStatic(root);
  const { disclaimer, safetyLine, reviewStatus } = glossaryText(language);
  element(root, 'disclaimer').textContent = disclaimer;
  element(root, 'safety-line').replaceChildren(
    safetyLine.text,
    ' ',
    sourceLinks(safetyLine.sources),
  );
  element(root, 'review-status').textContent = reviewStatus;
  const tabs = setupTabs(root);

  const glossary = renderGlossary(element(root, 'glossary-view'), {
    audience: 'parent',
    showCycle: () => tabs.select('cycle', { focusTab: true }),
    addQuestion: deps.addQuestion,
  });
  renderCycle(element(root, 'cycle-view'));

  /** `#glossary-ID` opens an entry; `#page`, `#glossary`, `#cycle`, `#settings` pick a section. */
  function followHash(): void {
    const hash = decodeURIComponent(root.location.hash.slice(1));
    if (isTabId(hash)) {
      tabs.select(hash);
    } else if (hash.startsWith(entryElementId(''))) {
      tabs.select('glossary');
      glossary.open(hash.slice(entryElementId('').length));
    }
  }
  followHash();
  root.defaultView?.addEventListener('hashchange', followHash);

  element(root, 'open-reader').addEventListener('click', () => deps.openReader());
  for (const id of ['open-questions', 'open-questions-glossary']) {
    element(root, id).addEventListener('click', () => deps.openQuestions());
  }
  const [settings, pageTerms, tabIsPdf] = await Promise.all([
    settingsLoaded,
    deps.pageTerms,
    deps.tabIsPdf,
  ]);
  glossary.setAudience(settings.audience);

  const isPdf = pageTerms?.pdf === true || (pageTerms === null && tabIsPdf);
  // The PDF notice has its own button for the reader.
  (element(root, 'open-reader').parentElement as HTMLElement).hidden = isPdf;
  renderPageTerms(element(root, 'page-terms-view'), {
    pageTerms,
    isPdf,
    openReader: deps.openReader,
    reveal: deps.reveal,
    copy: deps.copy,
    showEntry: (term) => {
      tabs.select('glossary');
      glossary.open(term);
    },
  });
  const settingsView = renderSettings(element(root, 'settings-view'), {
    settings,
    site: pageTerms ? siteOf(pageTerms.url) : null,
    update: deps.updateSettings,
    onChange: (next) => {
      glossary.setAudience(next.audience);
      redrawIfLanguageChanged(next);
    },
  });
  /** A new language applies at once: the popup is drawn again in it. */
  function redrawIfLanguageChanged(next: Settings): void {
    if (interfaceLanguage(next.language, deps.browserLocale) !== uiLanguage()) deps.redraw();
  }
  deps.watchSettings((next) => {
    settingsView.show(next);
    glossary.setAudience(next.audience);
    redrawIfLanguageChanged(next);
  });
  void showSiteAccess(element(root, 'panel-settings'));
}
