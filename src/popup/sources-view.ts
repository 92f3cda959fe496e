import { sourceById } from '../glossary/sources';
import { externalLink, h } from './dom';
import { format, t } from './ui-text';

/** The cited sources as links, numbered as in the brief so text and source can be matched up. */
export function sourceList(ids: readonly number[]): HTMLUListElement {
  return h(
    'ul',
    { class: 'sources' },
    ...ids.map((id) => {
      const source = sourceById(id);
      return h(
        'li',
        {},
        h('span', { class: 'source-number' }, `[${id}]`),
        ' ',
        // A paper the brief has no official address for is cited without a link (docs/BRIEF.md §0.5).
        source.url ? externalLink(source.url, source.title) : source.title,
      );
    }),
  );
}

/** Inline source numbers, each linked where the source has an address: "[46]". */
export function sourceLinks(ids: readonly number[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const id of ids) {
    const { title, url } = sourceById(id);
    if (!url) {
      fragment.append(`[${id}]`);
      continue;
    }
    const link = externalLink(url, `[${id}]`);
    link.title = title;
    link.setAttribute('aria-label', format(t('sources.label'), { id, title }));
    fragment.append(link);
  }
  return fragment;
}
