import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';
import { readText, type TextTree } from '../../src/reading/read-text';
import { isSkippedByAttributes } from '../../src/reading/reading-rules';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>CRPS</title></head><body>${body}</body></html>`;

describe('htmlToText: which text is read', () => {
  it('reads the body only: nothing from <head>', () => {
    const html =
      '<html><head><title>RSD</title><meta name="description" content="CRPS">' +
      '<style>.crps{}</style><script>var rsd = 1</script></head><body>visible</body></html>';
    expect(htmlToText(html)).toBe('visible');
  });

  it('reads a fragment without <body> whole, except a <head>', () => {
    expect(htmlToText('<head><title>RSD</title></head><span>a</span> b')).toBe('a b');
    expect(htmlToText('plain CRPS')).toBe('plain CRPS');
  });

  it('reads what follows </body> or </html>, as a browser moves it into the body', () => {
    const html = '<html><body><span>a</span></body><span>b</span></html><span>c</span>';
    expect(htmlToText(html)).toBe('abc');
  });

  it.each([
    'script',
    'style',
    'noscript',
    'template',
    'textarea',
    'select',
    'option',
    'code',
    'kbd',
    'samp',
    'svg',
    'math',
    'iframe',
    'object',
  ])('skips <%s> and everything in it', (tag) => {
    expect(htmlToText(page(`a<${tag}>CRPS<b>RSD</b></${tag}>b`))).toBe('ab');
  });

  it('skips <input> and never reads its value', () => {
    expect(htmlToText(page('a<input value="CRPS" placeholder="RSD">b'))).toBe('ab');
  });

  it('skips [hidden] elements whatever the value', () => {
    expect(
      htmlToText(page('a<div hidden><p>CRPS</p></div><span hidden="hidden">RSD</span>b')),
    ).toBe('ab');
  });

  it('skips [contenteditable] unless it is false', () => {
    const html = page(
      '<div contenteditable>1</div><div contenteditable="true">2</div>' +
        '<div contenteditable="plaintext-only">3</div><span contenteditable="false">read</span>' +
        '<span contenteditable="FALSE"> too</span>',
    );
    expect(htmlToText(html)).toBe('read too');
  });

  it('never reads attribute values', () => {
    const html = page(
      '<abbr title="complex regional pain syndrome">CRPS</abbr>' +
        '<img alt="RSD" src="rsd.png"><a href="/crps" aria-label="RSD" data-term="AMPS">link</a>',
    );
    expect(htmlToText(html)).toBe('CRPSlink');
  });

  it('never reads comments', () => {
    expect(htmlToText(page('a<!-- merge with RSD threads -->b'))).toBe('ab');
  });

  it('decodes entities', () => {
    expect(
      htmlToText(page('Sudeck&#x2019;s &amp; fibro&shy;myalgia&nbsp;&rsaquo; &lt;p&gt;')),
    ).toBe('Sudeck’s & fibro\u00ADmyalgia\u00A0› <p>');
  });

  it('reads <pre> and keeps its whitespace', () => {
    expect(htmlToText(page('<pre>reflex  sympathetic\n\tdystrophy</pre>'))).toBe(
      'reflex  sympathetic\n\tdystrophy',
    );
  });

  it('keeps the line endings of the page as they are', () => {
    expect(htmlToText(page('<span>a\r\nb</span>'))).toBe('a\r\nb');
  });
});

describe('htmlToText: line breaks between blocks', () => {
  it('puts one \\n between blocks, never at the start or the end', () => {
    expect(htmlToText(page('<p>a</p><p>b</p>'))).toBe('a\nb');
    expect(htmlToText(page('<h1>a</h1><ul><li>b</li><li>c</li></ul>'))).toBe('a\nb\nc');
    expect(htmlToText(page('<table><tr><td>a</td><th>b</th></tr></table>'))).toBe('a\nb');
  });

  it('puts one \\n for nested or adjacent block boundaries, not several', () => {
    expect(htmlToText(page('<div><div><p>a</p></div></div><section><p>b</p></section>'))).toBe(
      'a\nb',
    );
    expect(htmlToText(page('a<br><br><br>b'))).toBe('a\nb');
  });

  it('puts no break around inline elements', () => {
    expect(htmlToText(page('<p>complex <b>regional</b> <a href="#">pain</a> syndrome</p>'))).toBe(
      'complex regional pain syndrome',
    );
  });

  it('splits a block from the text around it', () => {
    expect(htmlToText(page('a<div>b</div>c'))).toBe('a\nb\nc');
    expect(htmlToText(page('a<br>b'))).toBe('a\nb');
  });

  it('keeps the page’s own whitespace between blocks, adding only the break', () => {
    expect(htmlToText(page('<p>a</p>\n  <p>b</p>'))).toBe('a\n\n  \nb');
  });

  it('adds no break for a skipped block: it is not on screen to separate anything', () => {
    expect(htmlToText(page('a<div hidden>x</div>b<textarea>y</textarea>c'))).toBe('abc');
  });
});

describe('htmlToText on the corpus pages', () => {
  const forum = htmlToText(readFileSync('tests/fixtures/pages/forum-thread.html', 'utf8'));

  it('reads the visible text of the posts', () => {
    expect(forum).toContain('Son (11) diagnosed with CRPS, now they say AMPS?');
    expect(forum).toContain('Kids Pain Parents ›');
    expect(forum).toContain("Thursday's appointment. #CRPS");
  });

  it('leaves out the title, meta, style, script, alt, textarea, input and comment', () => {
    for (const hidden of [
      'Kids Pain Parents Forum',
      'Parents compare notes',
      'legacy badge',
      'forumConfig',
      'RSD awareness ribbon',
      'CRPS, RSD and AMPS board',
      'Share your experience',
      'Draft: our fibromyalgia',
      'reflex sympathetic dystrophy',
      'moderator note',
    ]) {
      expect(forum).not.toContain(hidden);
    }
  });
});

describe('readText', () => {
  interface FakeNode {
    tag?: string;
    text?: string;
    attributes?: Record<string, string>;
    children?: FakeNode[];
    parent?: FakeNode;
  }
  const fakeTree: TextTree<FakeNode> = {
    firstChild: (node) => node.children?.[0] ?? null,
    nextSibling: (node) => {
      const siblings = node.parent?.children ?? [];
      return siblings[siblings.indexOf(node) + 1] ?? null;
    },
    text: (node) => node.text ?? null,
    tagName: (node) => node.tag ?? null,
    hidesText: (node) => isSkippedByAttributes((name) => node.attributes?.[name] ?? null),
  };

  /** Links each node to its parent, as real trees are. */
  const linked = (node: FakeNode): FakeNode => {
    for (const child of node.children ?? []) linked(Object.assign(child, { parent: node }));
    return node;
  };

  it('reads any tree through an adapter, as the content script will', () => {
    const root: FakeNode = linked({
      children: [
        { tag: 'p', children: [{ text: 'CRPS' }] },
        { tag: 'p', attributes: { hidden: '' }, children: [{ text: 'RSD' }] },
        { tag: 'span', children: [{ text: '' }, { text: 'AMPS' }] },
      ],
    });
    expect(readText(root, fakeTree)).toBe('CRPS\nAMPS');
  });

  it('reads very deep trees without overflowing the stack', () => {
    let node: FakeNode = { text: 'deep' };
    for (let depth = 0; depth < 200_000; depth++) {
      const parent: FakeNode = { tag: 'div', children: [node] };
      node.parent = parent;
      node = parent;
    }
    expect(readText(node, fakeTree)).toBe('deep');
  });
});
