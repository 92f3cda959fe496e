// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteAccess } from '../background/site-access';
import { renderSiteAccess } from './site-access-view';

let container: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  container = document.createElement('div');
  document.body.append(container);
});

function setup(access: SiteAccess, granted = true) {
  const deps = {
    access,
    site: 'forum.example',
    requestAccess: vi.fn(async () => granted),
    choose: vi.fn(async () => true),
  };
  renderSiteAccess(container, deps);
  const press = (name: string) => {
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!button) throw new Error(`No button ${name}`);
    button.click();
  };
  const status = () => container.querySelector('[role="status"]')?.textContent;
  return { deps, press, status };
}

describe('where AMPS Lens runs', () => {
  it('narrows to picked sites without asking the browser for anything', async () => {
    const { deps, press, status } = setup({ onlyPickedSites: false, pickedSites: [] });
    press('Only on sites I pick');
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect(deps.requestAccess).not.toHaveBeenCalled();
    expect(deps.choose).toHaveBeenCalledWith({ onlyPickedSites: true, pickedSites: [] });
    expect(container.textContent).toContain('No site picked yet.');
  });

  it('asks for the site while the click is handled, as Firefox requires, then saves it', async () => {
    const { deps, press, status } = setup({ onlyPickedSites: true, pickedSites: [] });
    press('Add forum.example');
    // Synchronously inside the click: an await before the request would lose the user gesture.
    expect(deps.requestAccess).toHaveBeenCalledWith([
      'http://forum.example/*',
      'https://forum.example/*',
    ]);
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect(deps.choose).toHaveBeenCalledWith({
      onlyPickedSites: true,
      pickedSites: ['forum.example'],
    });
    const list = container.querySelector('[aria-label="Sites you picked"]');
    expect(list?.textContent).toContain('forum.example');
    expect(document.activeElement?.tagName).toBe('BUTTON');
  });

  it('changes nothing when the browser refuses', async () => {
    const { deps, press, status } = setup({ onlyPickedSites: true, pickedSites: [] }, false);
    press('Mark on every website');
    expect(deps.requestAccess).toHaveBeenCalledWith(['http://*/*', 'https://*/*']);
    await vi.waitFor(() => expect(status()).toContain('did not give access'));
    expect(deps.choose).not.toHaveBeenCalled();
    expect(container.textContent).toContain('only on the sites you pick');
  });

  it('removes a picked site', async () => {
    const { deps, press, status } = setup({
      onlyPickedSites: true,
      pickedSites: ['forum.example', 'news.example'],
    });
    press('Remove news.example');
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect(deps.choose).toHaveBeenCalledWith({
      onlyPickedSites: true,
      pickedSites: ['forum.example'],
    });
    expect(container.textContent).not.toContain('news.example');
  });
});
