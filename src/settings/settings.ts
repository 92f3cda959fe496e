/**
 * User settings, kept in `storage.local` only so nothing leaves the browser.
 * Sites are stored as bare hostnames; page URLs and reading history never are.
 */
import { storedValue } from './stored-value';
import { CATEGORIES, type Category } from '../glossary/glossary';
import { TERM_IDS, type TermId } from '../terms/term-match';
import { languageOfLocale } from '../i18n/messages';
import type { Language } from '../lib/text-language';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const AUDIENCES = ['parent', 'clinician'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The interface's language: the browser's ('auto'), or English or Spanish as chosen. */
export const INTERFACE_LANGUAGES = ['auto', 'en', 'es'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export interface Settings {
  enabled: boolean;
  /** Hostnames where AMPS Lens stays off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  firstOccurrenceOnly: boolean;
  categories: Record<Category, boolean>;
  audience: Audience;
  language: InterfaceLanguage;
  /** Per hostname, terms the user chose not to see marked there. */
  hiddenTerms: Record<string, TermId[]>;
}

/** A fresh copy each call, so no caller can change the defaults by mutating them. */
/** The interface's language for a setting: the browser's when it is 'auto'. */
export function interfaceLanguage(setting: InterfaceLanguage, browserLocale: string): Language {
  return setting === 'auto' ? languageOfLocale(browserLocale) : setting;
}

export function defaultSettings(): Settings {
  return {
    enabled: true,
    disabledSites: [],
    highlightStyle: 'underline',
    firstOccurrenceOnly: false,
    categories: {
      'older-name': true,
      'current-term': true,
      'two-meanings': true,
      'chop-umbrella': true,
    },
    audience: 'parent',
    language: 'auto',
    hiddenTerms: {},
  };
}

/**
 * A hostname as `URL.hostname` gives it: letters, digits and hyphens in dot-separated
 * labels, or a bracketed IPv6 address. Anything with a path, query, scheme or
 * credentials is refused, so a stored site can never be a page URL.
 */
const HOSTNAME =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;

function isHostname(value: string): boolean {
  return value.length <= 253 && HOSTNAME.test(value);
}

/** The hostname to key site settings by, or null for pages without one (file:, about:, the extension's own pages). */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return isHostname(hostname) ? hostname : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function hostnames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value
    .filter((site): site is string => typeof site === 'string')
    .map((site) => site.trim().toLowerCase())
    .filter(isHostname);
  return [...new Set(sites)];
}

function termIds(value: unknown): TermId[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((id): id is TermId => TERM_IDS.includes(id as TermId)))];
}

/**
 * Settings from whatever storage holds (an older version, a hand edit, nothing):
 * each field is checked on its own and a wrong one falls back to its default,
 * so one bad value never resets the others. Unknown keys are dropped. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;

  settings.enabled = booleanOr(raw.enabled, settings.enabled);
  settings.disabledSites = hostnames(raw.disabledSites);
  settings.highlightStyle = oneOf(HIGHLIGHT_STYLES, raw.highlightStyle, settings.highlightStyle);
  settings.firstOccurrenceOnly = booleanOr(raw.firstOccurrenceOnly, settings.firstOccurrenceOnly);
  settings.audience = oneOf(AUDIENCES, raw.audience, settings.audience);
  settings.language = oneOf(INTERFACE_LANGUAGES, raw.language, settings.language);

  if (isRecord(raw.categories)) {
    for (const category of CATEGORIES) {
      settings.categories[category] = booleanOr(
        raw.categories[category],
        settings.categories[category],
      );
    }
  }

  if (isRecord(raw.hiddenTerms)) {
    for (const [site, ids] of Object.entries(raw.hiddenTerms)) {
      const host = site.trim().toLowerCase();
      const hidden = termIds(ids);
      if (isHostname(host) && hidden.length > 0) {
        settings.hiddenTerms[host] = [...new Set([...hiddenTermsOn(settings, host), ...hidden])];
      }
    }
  }

  return settings;
}

/** The terms hidden on a site (own keys only, so a site named "constructor" is safe). */
export function hiddenTermsOn(settings: Settings, site: string): TermId[] {
  return Object.hasOwn(settings.hiddenTerms, site) ? settings.hiddenTerms[site] : [];
}

/** `term` hidden on `site`, as "Not about pain? Hide here" asks: a change for `updateSettings`. */
export function hideTerm(site: string, term: TermId): (settings: Settings) => Settings {
  return (settings) => ({
    ...settings,
    hiddenTerms: {
      ...settings.hiddenTerms,
      [site]: [...new Set([...hiddenTermsOn(settings, site), term])],
    },
  });
}

/** `term` shown again on `site` ("Show again" in the popup). */
export function showTerm(site: string, term: TermId): (settings: Settings) => Settings {
  return (settings) => {
    const remaining = hiddenTermsOn(settings, site).filter((hidden) => hidden !== term);
    const hiddenTerms = { ...settings.hiddenTerms, [site]: remaining };
    if (remaining.length === 0) delete hiddenTerms[site];
    return { ...settings, hiddenTerms };
  };
}

const storedSettings = storedValue('local:settings', parseSettings);

export const loadSettings = storedSettings.load;
export const watchSettings = storedSettings.watch;

/**
 * The one way settings are written: `change` is applied to what storage holds now, never to a
 * copy loaded earlier, so a word hidden in a tab while the popup is open is not lost when the
 * popup saves. Writes from one page run one after another.
 */
let writing: Promise<unknown> = Promise.resolve();
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const write = writing.then(async () => {
    const next = change(await storedSettings.load());
    await storedSettings.save(next);
    return parseSettings(next);
  });
  writing = write.catch(() => undefined);
  return write;
}
