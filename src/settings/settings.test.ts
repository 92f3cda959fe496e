import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, siteOf } from './settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored or a value that is not an object', () => {
    for (const raw of [undefined, null, 42, 'settings', true, [], [1, 2]]) {
      expect(parseSettings(raw)).toEqual(defaultSettings());
    }
  });

  it('keeps every valid field', () => {
    const stored = {
      enabled: false,
      disabledSites: ['example.org', 'forum.example.com'],
      highlightStyle: 'background',
      firstOccurrenceOnly: true,
      categories: {
        'older-name': true,
        'current-term': false,
        'two-meanings': false,
        'chop-umbrella': true,
      },
      audience: 'clinician',
      language: 'es',
      hiddenTerms: { 'example.org': ['sympathetic', 'amps'] },
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('falls back field by field, keeping the valid ones', () => {
    const settings = parseSettings({
      enabled: 'no',
      disabledSites: 'example.org',
      highlightStyle: 'blink',
      firstOccurrenceOnly: 1,
      categories: { 'older-name': false, 'current-term': 'off' },
      audience: 'doctor',
      language: 'klingon',
      hiddenTerms: ['rsd'],
    });
    const defaults = defaultSettings();
    expect(settings).toEqual({
      ...defaults,
      categories: { ...defaults.categories, 'older-name': false },
    });
  });

  it('drops unknown keys at every level', () => {
    const settings = parseSettings({
      enabled: true,
      history: ['https://example.org/my-child'],
      categories: { 'older-name': true, sports: false },
    });
    expect(Object.keys(settings).toSorted()).toEqual(Object.keys(defaultSettings()).toSorted());
    expect(Object.keys(settings.categories).toSorted()).toEqual(
      Object.keys(defaultSettings().categories).toSorted(),
    );
  });

  it('keeps hostnames only, lower-cased and once each, never URLs', () => {
    const settings = parseSettings({
      disabledSites: [
        'Example.ORG',
        'example.org',
        ' news.example.com ',
        'https://example.org/page',
        'example.org/path',
        'user@example.org',
        'example.org?q=rsd',
        '',
        7,
        null,
        'localhost',
        '[::1]',
      ],
    });
    expect(settings.disabledSites).toEqual([
      'example.org',
      'news.example.com',
      'localhost',
      '[::1]',
    ]);
  });

  it('keeps known term ids per valid hostname and drops the rest', () => {
    const settings = parseSettings({
      hiddenTerms: {
        'example.org': ['rsd', 'rsd', 'not-a-term', 3, 'crps'],
        'Example.org': ['amps'],
        'https://example.com/a': ['rsd'],
        'empty.example': [],
        'wrong.example': 'rsd',
        constructor: ['fibromyalgia'],
      },
    });
    expect(settings.hiddenTerms).toEqual({
      'example.org': ['rsd', 'crps', 'amps'],
      constructor: ['fibromyalgia'],
    });
  });

  it('returns a new object each time, so callers cannot change the defaults', () => {
    const first = parseSettings(undefined);
    first.disabledSites.push('example.org');
    first.categories['older-name'] = false;
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(defaultSettings().disabledSites).toEqual([]);
  });

  it('never throws, even for hostile values', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    hostile.enabled = Symbol('x');
    hostile.categories = new Proxy({}, { get: () => 'yes' });
    expect(() => parseSettings(hostile)).not.toThrow();
    expect(() => parseSettings(JSON.parse('{"__proto__": {"enabled": false}}'))).not.toThrow();
    expect(parseSettings(JSON.parse('{"__proto__": {"enabled": false}}')).enabled).toBe(true);
  });
});

describe('siteOf', () => {
  it('gives the hostname of web pages only', () => {
    expect(siteOf('https://Forum.Example.org/thread/12?page=2#post-3')).toBe('forum.example.org');
    expect(siteOf('http://localhost:8080/test.html')).toBe('localhost');
    expect(siteOf('chrome://extensions/')).toBeNull();
    expect(siteOf('file:///home/me/notes.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
