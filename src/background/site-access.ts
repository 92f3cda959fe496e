/**
 * Where AMPS Lens runs: on every website (the default) or only on the sites the user picks.
 *
 * The content script is registered at run time with `scripting.registerContentScripts`
 * instead of in the manifest, because a manifest content script can never be narrowed
 * by the extension: Chrome refuses to remove its host access ("You cannot remove required
 * permissions"). Registered here, the choice decides where the script is injected at all,
 * not a check inside each page. README, "Permissions", explains the whole design.
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { siteOf } from '../common/settings';

export interface SiteAccess {
  /** False: every http(s) website. True: only `pickedSites`. */
  onlyPickedSites: boolean;
  /** Hostnames the user picked; kept when they switch back to every website. */
  pickedSites: string[];
}

/** Every http(s) page: the default, and the manifest's host_permissions. */
export const EVERY_SITE = ['http://*/*', 'https://*/*'];

/** The id of the one content script AMPS Lens registers. */
export const CONTENT_SCRIPT_ID = 'amps-lens';

/**
 * The built files of entrypoints/content (registration: 'runtime'); the end-to-end tests
 * fail if a WXT upgrade moves them, as no page would get marks.
 */
const CONTENT_SCRIPT_FILES = {
  js: ['content-scripts/content.js'],
  css: ['content-scripts/content.css'],
};

export function defaultSiteAccess(): SiteAccess {
  return { onlyPickedSites: false, pickedSites: [] };
}

/** A bare hostname such as `siteOf` gives, so a stored pick can never be a page address. */
function isSite(value: string): boolean {
  return siteOf(`https://${value}/`) === value;
}

/** What storage holds, checked field by field (as parseSettings does); never throws. */
export function parseSiteAccess(raw: unknown): SiteAccess {
  const access = defaultSiteAccess();
  if (typeof raw !== 'object' || raw === null) return access;
  const { onlyPickedSites, pickedSites } = raw as Record<string, unknown>;
  if (typeof onlyPickedSites === 'boolean') access.onlyPickedSites = onlyPickedSites;
  if (Array.isArray(pickedSites)) {
    const sites = pickedSites.filter((site): site is string => typeof site === 'string');
    access.pickedSites = [...new Set(sites.filter(isSite))];
  }
  return access;
}

/**
 * The host access one picked site needs: its http and https pages. Not `*://site/*`,
 * which Chrome does not count as inside host_permissions and refuses to request.
 */
export function sitePatterns(site: string): string[] {
  return [`http://${site}/*`, `https://${site}/*`];
}

/** Where the content script runs; empty when the user picked "only sites I pick" but no site yet. */
export function matchPatterns(access: SiteAccess): string[] {
  return access.onlyPickedSites ? access.pickedSites.flatMap(sitePatterns) : EVERY_SITE;
}

/** Defined on first use: a WXT storage item reads storage at once, which needs the extension. */
let accessItem: WxtStorageItem<unknown, Record<string, never>> | undefined;
function item(): WxtStorageItem<unknown, Record<string, never>> {
  accessItem ??= storage.defineItem<unknown>('local:siteAccess', { fallback: null });
  return accessItem;
}

export async function loadSiteAccess(): Promise<SiteAccess> {
  return parseSiteAccess(await item().getValue());
}

/** What the popup sends once it has saved a new choice, so the background registers it. */
const SITE_ACCESS_CHANGED = 'amps-lens:site-access-changed';

export function isSiteAccessChanged(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === SITE_ACCESS_CHANGED;
}

/**
 * Stores the choice and has the background register the content script for it (a message
 * wakes the background in both browsers). Resolves false when the registration failed.
 */
export async function chooseSiteAccess(access: SiteAccess): Promise<boolean> {
  await item().setValue(parseSiteAccess(access));
  return (await browser.runtime.sendMessage({ type: SITE_ACCESS_CHANGED })) === true;
}

/**
 * Makes the registered content script match the choice: registered on `matchPatterns`,
 * updated when they changed, removed when there is no site to run on.
 */
export async function registerContentScript(access: SiteAccess): Promise<void> {
  const matches = matchPatterns(access);
  const [current] = await browser.scripting.getRegisteredContentScripts({
    ids: [CONTENT_SCRIPT_ID],
  });
  if (matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return;
  }
  const script = {
    id: CONTENT_SCRIPT_ID,
    matches,
    ...CONTENT_SCRIPT_FILES,
    // As the manifest script had (all_frames, match_about_blank): same-origin frames get marks too.
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (!current) await browser.scripting.registerContentScripts([script]);
  else if (current.matches?.join(' ') !== matches.join(' ')) {
    await browser.scripting.updateContentScripts([script]);
  }
}

let queue: Promise<boolean> = Promise.resolve(true);

/**
 * Registers the content script for the stored choice (at start-up, and when the popup
 * changes it). One at a time, so two quick changes cannot race each other.
 */
export function applySiteAccess(): Promise<boolean> {
  queue = queue.then(async () => {
    try {
      await registerContentScript(await loadSiteAccess());
      return true;
    } catch (error) {
      console.error('AMPS Lens could not register its content script', error);
      return false;
    }
  });
  return queue;
}
