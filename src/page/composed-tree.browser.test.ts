import { afterEach, describe, expect, it } from 'vitest';
import { composedOrder, composedParent } from './composed-tree';

afterEach(() => document.body.replaceChildren());

describe('the page as drawn', () => {
  it('orders text across open shadow roots and a same-origin frame as it is read', async () => {
    document.body.innerHTML =
      '<p id="a">A</p><div id="host"><p id="light">light</p></div><iframe></iframe><p id="z">Z</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inside">inside</p><slot></slot>';
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    const inFrame = frame.contentDocument!.body.appendChild(
      frame.contentDocument!.createElement('p'),
    );
    const nodes = {
      a: document.getElementById('a')!,
      inside: shadow.getElementById('inside')!,
      light: document.getElementById('light')!,
      inFrame,
      z: document.getElementById('z')!,
    };
    const shuffled = [nodes.z, nodes.inFrame, nodes.light, nodes.a, nodes.inside];
    expect(shuffled.toSorted(composedOrder)).toEqual([
      nodes.a,
      nodes.inside,
      nodes.light,
      nodes.inFrame,
      nodes.z,
    ]);
    expect(composedParent(shadow)).toBe(host);
    expect(composedParent(frame.contentDocument!)).toBe(frame);
  });
});
