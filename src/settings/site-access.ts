/**
 * Where AMPS Lens runs: on every website (the default) or only on the sites the user picks.
 *
 * The content script is declared in the manifest, so the browser injects it into every http(s)
 * page from the first moment after install. (Registered at run time instead, it missed pages
 * opened before the background had registered it: 3 of 8 fresh starts in one check.) In the
 * picked-sites mode the script reads this choice first and does nothing at all, not even read
 * the page, on a site that was not picked. README, "Permissions", explains the whole design.
 */
import { storedValue } from './stored-value';
import { siteOf } from './settings';

export interface SiteAccess {
  /** False: every http(s) website. True: only `pickedSites`. */
  onlyPickedSites: boolean;
  /** Hostnames the user picked; kept when they switch back to every website. */
  pickedSites: string[];
}

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

/** Whether AMPS Lens may read pages of `site` (null: a page without a hostname). */
export function runsOn(access: SiteAccess, site: string | null): boolean {
  return !access.onlyPickedSites || (site !== null && access.pickedSites.includes(site));
}

const storedAccess = storedValue('local:siteAccess', parseSiteAccess);

export const loadSiteAccess = storedAccess.load;
/** Open pages follow a saved choice at once. */
export const saveSiteAccess = storedAccess.save;
export const watchSiteAccess = storedAccess.watch;
