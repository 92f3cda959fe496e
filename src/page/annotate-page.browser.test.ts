import { afterEach, describe, expect, it } from 'vitest';
import { findTerms } from '../matching/find-terms';
import { finish } from '../lib/steps';
import { PageAnnotator } from './annotate-page';
import { readPageText } from './page-text';

afterEach(() => {
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

/** Marks `root` as a scan does: read, find, annotate. */
async function mark(annotator: PageAnnotator, root: Node, style = 'underline' as const) {
  const page = finish(readPageText(root));
  return annotator.annotate(page, findTerms(page.text), {
    style,
    asOwnChange: (change) => change(),
  });
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

describe('annotation', () => {
  it('wraps each occurrence, one number for the pieces of a term split across elements', async () => {
    document.body.innerHTML = '<p>Her RSD, then complex <b>regional</b> pain syndrome.</p>';
    const occurrences = await mark(new PageAnnotator(), document.body);
    expect(occurrences.map((o) => o.term)).toEqual(['rsd', 'crps']);
    const marks = [...document.querySelectorAll<HTMLElement>('mark[data-amps-term]')];
    expect(marks.map((m) => [m.dataset.ampsTerm, m.dataset.ampsOccurrence, m.textContent])).toEqual(
      [
        ['rsd', '1', 'RSD'],
        ['crps', '2', 'complex '],
        ['crps', '2', 'regional'],
        ['crps', '2', ' pain syndrome'],
      ],
    );
    expect(marks.every((m) => m.tabIndex === -1)).toBe(true);
    expect(document.body.textContent).toBe('Her RSD, then complex regional pain syndrome.');
  });

  it('draws the dotted underline from a sheet adopted only once something is marked', async () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const annotator = new PageAnnotator();
    await mark(annotator, document.body);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    document.body.innerHTML = '<p>Nothing here but RSD.</p>';
    await mark(annotator, document.body);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const look = getComputedStyle(document.querySelector('mark')!);
    expect([look.textDecorationLine, look.textDecorationStyle]).toEqual(['underline', 'dotted']);
    annotator.removeAll([document]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('knows its own marks by the element, never by attributes a page can copy', async () => {
    document.body.innerHTML = '<p>RSD.</p><p id="copy"></p>';
    const annotator = new PageAnnotator();
    await mark(annotator, document.body);
    const ours = document.querySelector('mark')!;
    const copy = document.getElementById('copy')!.appendChild(ours.cloneNode(true));
    expect(annotator.occurrenceOf(ours)?.term).toBe('rsd');
    expect(annotator.occurrenceOf(copy)).toBeUndefined();
  });
});

describe('restore', () => {
  it('gives the page back its own text nodes, unnormalized, in a shadow root too', async () => {
    document.body.innerHTML = '<p id="p">RSD and CRPS</p><div id="host"></div>';
    const p = document.getElementById('p')!;
    p.append(' and ', 'fibromyalgia', '');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow: causalgia.</p>';
    const before = [...textNodes(document.body), ...textNodes(shadow)];
    const data = before.map((node) => node.data);
    const annotator = new PageAnnotator();
    // The page is read as drawn: the shadow root's text comes with the body's.
    await mark(annotator, document.body);
    expect(document.querySelectorAll('mark')).toHaveLength(3);
    expect(shadow.querySelectorAll('mark')).toHaveLength(1);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    annotator.removeAll([document, shadow]);
    const after = [...textNodes(document.body), ...textNodes(shadow)];
    expect(after).toEqual(before);
    expect(after.map((node) => node.data)).toEqual(data);
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });
});
