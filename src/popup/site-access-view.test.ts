// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteAccess } from '../settings/site-access';
import { renderSiteAccess } from './site-access-view';

let container: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  container = document.createElement('div');
  document.body.append(container);
});

function setup(access: SiteAccess, choose = vi.fn(async () => undefined)) {
  renderSiteAccess(container, { access, site: 'forum.example', choose });
  const press = (name: string) => {
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!button) throw new Error(`No button ${name}`);
    button.click();
  };
  const status = () => container.querySelector('[role="status"]')?.textContent;
  return { choose, press, status };
}

describe('where AMPS Lens runs', () => {
  it('narrows to picked sites', async () => {
    const { choose, press, status } = setup({ onlyPickedSites: false, pickedSites: [] });
    press('Only on sites I pick');
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect(choose).toHaveBeenCalledWith({ onlyPickedSites: true, pickedSites: [] });
    expect(container.textContent).toContain('No site picked yet.');
  });

  it('adds the current site and keeps keyboard focus in the group', async () => {
    const { choose, press, status } = setup({ onlyPickedSites: true, pickedSites: [] });
    press('Add forum.example');
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect(choose).toHaveBeenCalledWith({ onlyPickedSites: true, pickedSites: ['forum.example'] });
    const list = container.querySelector('[aria-label="Sites you picked"]');
    expect(list?.textContent).toContain('forum.example');
    expect(document.activeElement?.tagName).toBe('BUTTON');
  });

  it('goes back to every website, keeping the picks for next time', async () => {
    const { choose, press, status } = setup({ onlyPickedSites: true, pickedSites: ['a.example'] });
    press('Mark on every website');
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect(choose).toHaveBeenCalledWith({ onlyPickedSites: false, pickedSites: ['a.example'] });
    expect(container.textContent).toContain('every website');
  });

  it('removes a picked site', async () => {
    const { choose, press, status } = setup({
      onlyPickedSites: true,
      pickedSites: ['forum.example', 'news.example'],
    });
    press('Remove news.example');
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect(choose).toHaveBeenCalledWith({ onlyPickedSites: true, pickedSites: ['forum.example'] });
    expect(container.textContent).not.toContain('news.example');
  });

  it('says so when the choice cannot be saved, and changes nothing shown', async () => {
    const { press, status } = setup(
      { onlyPickedSites: false, pickedSites: [] },
      vi.fn(async () => {
        throw new Error('storage is full');
      }),
    );
    press('Only on sites I pick');
    await vi.waitFor(() => expect(status()).toContain('Could not change'));
    expect(container.textContent).toContain('every website');
  });
});
