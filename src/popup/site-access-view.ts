/**
 * "Where AMPS Lens runs", under the settings: every website (the default) or only the
 * sites the user picks (src/settings/site-access.ts). Open pages follow the choice at once.
 */
import { loadSiteAccess, saveSiteAccess, type SiteAccess } from '../settings/site-access';
import { siteOf } from '../settings/settings';
import { h } from './dom';
import { targetTab } from './target-tab';
import './site-access-view.css';

export interface SiteAccessViewDeps {
  access: SiteAccess;
  /** The tab's hostname, or null for pages without one. */
  site: string | null;
  /** Stores the choice. */
  choose(access: SiteAccess): Promise<void>;
}

const FAILED = 'Could not change where AMPS Lens runs.';

export function renderSiteAccess(container: HTMLElement, deps: SiteAccessViewDeps): void {
  let access = deps.access;
  const { site } = deps;
  const body = h('div', {});
  const status = h('p', { class: 'status', role: 'status' });

  function button(label: string, action: () => Promise<string>): HTMLButtonElement {
    const control = h('button', { type: 'button', class: 'button' }, label);
    control.addEventListener('click', () => {
      void action().then(
        (message) => (status.textContent = message),
        () => (status.textContent = FAILED),
      );
    });
    return control;
  }

  function change(next: SiteAccess): () => Promise<string> {
    return async () => {
      await deps.choose(next);
      access = next;
      draw();
      // The pressed button is gone with the redraw; keep keyboard users in this group.
      body.querySelector('button')?.focus();
      return 'Saved.';
    };
  }

  function draw(): void {
    if (!access.onlyPickedSites) {
      body.replaceChildren(
        h('p', {}, 'AMPS Lens marks terms on every website.'),
        button('Only on sites I pick', change({ ...access, onlyPickedSites: true })),
      );
      return;
    }
    const picked = access.pickedSites;
    body.replaceChildren(
      h('p', {}, 'AMPS Lens marks terms only on the sites you pick.'),
      picked.length === 0
        ? h('p', { class: 'site-hint' }, 'No site picked yet.')
        : h(
            'ul',
            { class: 'picked-sites', 'aria-label': 'Sites you picked' },
            ...picked.map((host) =>
              h(
                'li',
                {},
                h('span', {}, host),
                button(
                  `Remove ${host}`,
                  change({ ...access, pickedSites: picked.filter((other) => other !== host) }),
                ),
              ),
            ),
          ),
      ...(site && !picked.includes(site)
        ? [button(`Add ${site}`, change({ ...access, pickedSites: [...picked, site] }))]
        : []),
      button('Mark on every website', change({ ...access, onlyPickedSites: false })),
    );
  }

  draw();
  container.append(
    h(
      'form',
      { class: 'settings site-access', 'aria-label': 'Where AMPS Lens runs' },
      h('fieldset', {}, h('legend', {}, 'Where AMPS Lens runs'), body),
      status,
    ),
  );
}

/** The hostname of the tab the popup is for. */
async function tabSite(): Promise<string | null> {
  const tab = await targetTab();
  return tab?.url ? siteOf(tab.url) : null;
}

/** Adds the control to the popup's settings with the browser's APIs. */
export async function showSiteAccess(container: HTMLElement): Promise<void> {
  const [access, site] = await Promise.all([loadSiteAccess(), tabSite().catch(() => null)]);
  renderSiteAccess(container, {
    access,
    site,
    choose: saveSiteAccess,
  });
}
