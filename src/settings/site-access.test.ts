import { describe, expect, it } from 'vitest';
import { defaultSiteAccess, parseSiteAccess, runsOn } from './site-access';

describe('site access', () => {
  it('runs on every http(s) website by default', () => {
    expect(defaultSiteAccess()).toEqual({ onlyPickedSites: false, pickedSites: [] });
    expect(runsOn(defaultSiteAccess(), 'forum.example')).toBe(true);
    expect(parseSiteAccess(undefined)).toEqual(defaultSiteAccess());
    expect(parseSiteAccess('everywhere')).toEqual(defaultSiteAccess());
  });

  it('runs only on the picked sites, and nowhere before one is picked', () => {
    const access = { onlyPickedSites: true, pickedSites: ['forum.example', '127.0.0.1'] };
    expect(runsOn(access, 'forum.example')).toBe(true);
    expect(runsOn(access, '127.0.0.1')).toBe(true);
    expect(runsOn(access, 'news.example')).toBe(false);
    expect(runsOn(access, null)).toBe(false);
    expect(runsOn({ onlyPickedSites: true, pickedSites: [] }, 'forum.example')).toBe(false);
  });

  it('keeps only bare hostnames, so no page address is ever stored', () => {
    const parsed = parseSiteAccess({
      onlyPickedSites: true,
      pickedSites: [
        'forum.example',
        'forum.example',
        'https://forum.example/thread/42',
        'forum.example/thread',
        '*',
        7,
      ],
      lastPage: 'https://forum.example/thread/42',
    });
    expect(parsed).toEqual({ onlyPickedSites: true, pickedSites: ['forum.example'] });
  });

  it('keeps a good field when the other is wrong', () => {
    expect(parseSiteAccess({ onlyPickedSites: 'yes', pickedSites: ['a.example'] })).toEqual({
      onlyPickedSites: false,
      pickedSites: ['a.example'],
    });
  });
});
