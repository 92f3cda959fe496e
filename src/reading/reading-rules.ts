/**
 * Which text AMPS Lens reads, shared by the content script and the command line
 * so both find the same terms in the same page (docs/CONTRACTS.md, "Which text is read").
 */

/** The tag of the one element the extension adds to a page for its own UI. */
export const UI_HOST_TAG = 'amps-lens-ui';

/** Elements whose text is never read (lower-case tag names). */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  UI_HOST_TAG,
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'kbd',
  'samp',
  'svg',
  'math',
  'head',
  'title',
  'iframe',
  'object',
]);

/** Elements that start a new block of text: the command line puts a line break between blocks. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Attributes that hide an element's text from reading: `hidden`, and `contenteditable` with any
 * value but "false" (people type there). SKIPPED_BY_ATTRIBUTES says the same as a CSS selector,
 * for the browser to find such elements in one native pass.
 */
export const SKIPPED_BY_ATTRIBUTES = '[hidden], [contenteditable]:not([contenteditable="false" i])';

export function isSkippedByAttributes(getAttribute: (name: string) => string | null): boolean {
  if (getAttribute('hidden') !== null) return true;
  const editable = getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Everything never read, as one CSS selector: for asking whether a part of the page lies inside such an element. */
export const SKIPPED_SELECTOR = `${[...SKIPPED_ELEMENTS].join(', ')}, ${SKIPPED_BY_ATTRIBUTES}`;
