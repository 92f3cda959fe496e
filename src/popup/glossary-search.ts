import { SUPPORTING_WORDS, type GlossaryEntry, type SupportingWord } from '../glossary/glossary';
import { entryIn, supportingWordIn, type Language } from '../glossary/texts';
import { TERM_IDS } from '../terms/term-match';

/** One row of the popup glossary: a term AMPS Lens marks, or a related word it only explains. */
export type GlossaryItem =
  | { kind: 'term'; id: string; title: string; entry: GlossaryEntry }
  | { kind: 'word'; id: string; title: string; word: SupportingWord };

/**
 * Folds text for comparison: case, accents (so "sindrome" finds "síndrome"),
 * curly apostrophes, hyphens and dots (so "shoulder hand" finds
 * "shoulder-hand" and "rsd" finds "R.S.D.") and runs of spaces.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”"()]/g, '')
    .replace(/(?<=\p{L})\.(?=\p{L}|$)/gu, '')
    .replace(/[-‐‑–—/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every glossary row, A–Z by title (ignoring leading quotes), terms and related words together. */
export function glossaryItems(language: Language = 'en'): GlossaryItem[] {
  const items: GlossaryItem[] = [
    ...TERM_IDS.map((id): GlossaryItem => {
      const entry = entryIn(id, language);
      return { kind: 'term', id, title: entry.title, entry };
    }),
    ...SUPPORTING_WORDS.map((english): GlossaryItem => {
      const word = supportingWordIn(english, language);
      return { kind: 'word', id: word.id, title: word.title, word };
    }),
  ];
  return items.toSorted((a, b) =>
    foldForSearch(a.title).localeCompare(foldForSearch(b.title), language),
  );
}

function searchableNames(item: GlossaryItem): string[] {
  if (item.kind === 'word') return [item.title, ...item.word.spanishNames];
  const { entry } = item;
  return [entry.title, ...entry.names, ...entry.otherNames, ...entry.spanishNames];
}

/** 0 = a name is the query, 1 = a word of a name starts with it, 2 = a name contains it, null = no match. */
function rank(item: GlossaryItem, query: string): number | null {
  let best: number | null = null;
  for (const name of searchableNames(item).map(foldForSearch)) {
    const score =
      name === query
        ? 0
        : name.startsWith(query) || name.includes(` ${query}`)
          ? 1
          : name.includes(query)
            ? 2
            : null;
    if (score !== null && (best === null || score < best)) best = score;
  }
  return best;
}

/**
 * The rows matching a search by title, English name, alias or Spanish name,
 * case- and accent-insensitively: best matches first, A–Z within each rank.
 * An empty search gives every row A–Z.
 */
export function searchGlossary(
  query: string,
  items: GlossaryItem[] = glossaryItems(),
): GlossaryItem[] {
  const folded = foldForSearch(query);
  if (folded === '') return items;
  return items
    .map((item, order) => ({ item, order, score: rank(item, folded) }))
    .filter(
      (row): row is { item: GlossaryItem; order: number; score: number } => row.score !== null,
    )
    .toSorted((a, b) => a.score - b.score || a.order - b.order)
    .map((row) => row.item);
}
