import { describe, expect, it } from 'vitest';
import { defaultSiteAccess, EVERY_SITE, matchPatterns, parseSiteAccess } from './site-access';

describe('site access', () => {
  it('runs on every http(s) website by default', () => {
    expect(defaultSiteAccess()).toEqual({ onlyPickedSites: false, pickedSites: [] });
    expect(matchPatterns(defaultSiteAccess())).toEqual(EVERY_SITE);
    expect(parseSiteAccess(undefined)).toEqual(defaultSiteAccess());
    expect(parseSiteAccess('everywhere')).toEqual(defaultSiteAccess());
  });

  it('runs only on the picked sites, over http and https, and nowhere before one is picked', () => {
    const access = { onlyPickedSites: true, pickedSites: ['forum.example', '127.0.0.1'] };
    expect(matchPatterns(access)).toEqual([
      'http://forum.example/*',
      'https://forum.example/*',
      'http://127.0.0.1/*',
      'https://127.0.0.1/*',
    ]);
    expect(matchPatterns({ onlyPickedSites: true, pickedSites: [] })).toEqual([]);
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
