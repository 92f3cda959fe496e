import { describe, expect, it } from 'vitest';
import { GLOSSARY, SUPPORTING_WORDS } from '../glossary/glossary';
import { foldForSearch, glossaryItems, searchGlossary } from './glossary-search';

const ids = (query: string) => searchGlossary(query).map((item) => item.id);

describe('searchGlossary', () => {
  it('lists every term and related word A–Z for an empty search', () => {
    const all = searchGlossary('   ');
    expect(all).toHaveLength(Object.keys(GLOSSARY).length + SUPPORTING_WORDS.length);
    const titles = all.map((item) => foldForSearch(item.title));
    expect(titles).toEqual(titles.toSorted((a, b) => a.localeCompare(b, 'en')));
  });

  it('finds a term by an alias', () => {
    expect(ids('sudeck')).toEqual(['algodystrophy']);
    expect(ids('rsd')[0]).toBe('rsd');
    expect(ids('R.S.D.')[0]).toBe('rsd');
    expect(ids('JFMS')).toEqual(['fibromyalgia']);
    expect(ids('shoulder hand')).toEqual(['algodystrophy']);
  });

  it('ignores case and accents', () => {
    expect(ids('SUDECK’S ATROPHY')).toEqual(['algodystrophy']);
    expect(ids('distrofia simpatica')).toEqual(['rsd']);
    expect(ids('Síndrome Hombro-Mano')).toEqual(['algodystrophy']);
    expect(ids('alodinia')).toEqual(['allodynia']);
  });

  it('finds causalgia by the CRPS type II names, and CRPS itself first', () => {
    expect(ids('crps type ii')).toEqual(['causalgia']);
    expect(ids('crps')[0]).toBe('crps');
    expect(ids('crps')).toContain('causalgia');
  });

  it('puts exact and word-start matches before matches inside a word', () => {
    expect(ids('amps')[0]).toBe('amps');
    expect(ids('fibro')[0]).toBe('fibromyalgia');
  });

  it('finds related words by title', () => {
    expect(ids('autonomic nervous')).toEqual(['autonomic']);
    expect(ids('nociplastic')).toEqual(['nociplastic-pain']);
  });

  it('finds nothing for an unknown word', () => {
    expect(ids('ampere')).toEqual([]);
  });

  it('searches only the items it is given', () => {
    const items = glossaryItems().filter((item) => item.kind === 'word');
    expect(searchGlossary('rsd', items)).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('folds case, accents, apostrophes, hyphens, abbreviation dots and spaces', () => {
    expect(foldForSearch('  Sudeck’s   Atrophy ')).toBe("sudeck's atrophy");
    expect(foldForSearch('síndrome hombro-mano')).toBe('sindrome hombro mano');
    expect(foldForSearch('R.S.D.')).toBe('rsd');
    expect(foldForSearch('“Sympathetic” in pain terms')).toBe('sympathetic in pain terms');
  });
});
