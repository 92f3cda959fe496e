import { sourceById } from '../glossary/sources';
import { externalLink, h } from './dom';

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
        externalLink(source.url, source.title),
      );
    }),
  );
}
