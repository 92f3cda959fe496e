/**
 * "Where AMPS Lens runs", under the settings: every website (the default) or only the
 * sites the user picks (src/settings/site-access.ts). Open pages follow the choice at once.
 */
import { loadSiteAccess, saveSiteAccess, type SiteAccess } from '../settings/site-access';
import { siteOf } from '../settings/settings';
import { h } from './dom';
import { targetTab } from './target-tab';
import './site-access-view.css';
import { format, t } from './ui-text';

export interface SiteAccessViewDeps {
  access: SiteAccess;
  /** The tab's hostname, or null for pages without one. */
  site: string | null;
  /** Stores the choice. */
  choose(access: SiteAccess): Promise<void>;
}

const failed = () => t('access.failed');

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
        () => (status.textContent = failed()),
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
      return t('settings.saved');
    };
  }

  function draw(): void {
    if (!access.onlyPickedSites) {
      body.replaceChildren(
        h('p', {}, 'AMPS Lens marks terms on every website.'),
        button(t('access.onlyPicked'), change({ ...access, onlyPickedSites: true })),
      );
      return;
    }
    const picked = access.pickedSites;
    body.replaceChildren(
      h('p', {}, 'AMPS Lens marks terms only on the sites you pick.'),
      picked.length === 0
        ? h('p', { class: 'site-hint' }, t('access.nonePicked'))
        : h(
            'ul',
            { class: 'picked-sites', 'aria-label': t('access.picked') },
            ...picked.map((host) =>
              h(
                'li',
                {},
                h('span', {}, host),
                button(
                  format(t('access.remove'), { site: host }),
                  change({ ...access, pickedSites: picked.filter((other) => other !== host) }),
                ),
              ),
            ),
          ),
      ...(site && !picked.includes(site)
        ? [
            button(
              format(t('access.add'), { site }),
              change({ ...access, pickedSites: [...picked, site] }),
            ),
          ]
        : []),
      button(t('access.everywhere'), change({ ...access, onlyPickedSites: false })),
    );
  }

  draw();
  container.append(
    h(
      'form',
      { class: 'settings site-access', 'aria-label': t('access.where') },
      h('fieldset', {}, h('legend', {}, t('access.where')), body),
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
