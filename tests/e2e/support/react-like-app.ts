/**
 * A page whose script renders the way React's DOM renderer does, for the robustness tests.
 *
 * What matters is how React touches the DOM after the first render: it keeps its own
 * references to the text nodes it created and updates them through `nodeValue`; it removes
 * a child by reference (`removeChild`), inserts before the next node *it* rendered (never the
 * DOM's `nextSibling`), sets `textContent` when an element's only child is text, and only
 * moves the nodes whose keyed order changed. Text split by marks is exactly what breaks
 * such a renderer (stale text beside old marks, "Failed to execute 'removeChild'").
 *
 * The page keeps `window.expectedText()`: the app's text as its state says it should read.
 */
export const REACT_LIKE_APP = `<!doctype html>
<html lang="en"><head><title>Care diary</title></head><body>
<main id="app"></main>
<script>
const h = (type, props, ...children) => ({
  type,
  props: props || {},
  // Like React, a hole (null, false) keeps its place: the children after it keep their keys.
  children: children
    .flat()
    .map((child, index) =>
      child === null || child === false || child === undefined
        ? null
        : typeof child === 'object'
          ? { ...child, index }
          : { text: String(child), index },
    )
    .filter(Boolean),
});
const isText = (vnode) => 'text' in vnode;
const onlyText = (vnode) => vnode.children.length === 1 && isText(vnode.children[0]);
const keyOf = (vnode) => (vnode.props && vnode.props.key) ?? (isText(vnode) ? '#text' : vnode.type) + ':' + vnode.index;

function setProps(element, before, after) {
  for (const [name, value] of Object.entries(after)) {
    if (name === 'key' || before[name] === value) continue;
    if (name.startsWith('on')) {
      if (before[name]) element.removeEventListener(name.slice(2).toLowerCase(), before[name]);
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'value') {
      if (element.value !== value) element.value = value;
    } else element.setAttribute(name, value);
  }
}

function setTextContent(element, text) {
  const first = element.firstChild;
  if (text && first && first === element.lastChild && first.nodeType === Node.TEXT_NODE) {
    first.nodeValue = text;
    return;
  }
  element.textContent = text;
}

function create(vnode) {
  if (isText(vnode)) return (vnode.node = document.createTextNode(vnode.text));
  const element = (vnode.node = document.createElement(vnode.type));
  setProps(element, {}, vnode.props);
  if (onlyText(vnode)) element.textContent = vnode.children[0].text;
  else for (const child of vnode.children) element.appendChild(create(child));
  return element;
}

function patch(old, vnode) {
  vnode.node = old.node;
  if (isText(vnode)) {
    if (old.text !== vnode.text) vnode.node.nodeValue = vnode.text;
    return;
  }
  setProps(vnode.node, old.props, vnode.props);
  if (onlyText(vnode)) {
    if (!onlyText(old) || old.children[0].text !== vnode.children[0].text)
      setTextContent(vnode.node, vnode.children[0].text);
    return;
  }
  if (onlyText(old)) vnode.node.textContent = '';
  patchChildren(vnode.node, onlyText(old) ? [] : old.children, vnode.children);
}

// React's reconcileChildrenArray and commitPlacement, in short: match by key, delete the
// unmatched, and place new or moved nodes before the next node that stays where it is.
function patchChildren(parent, olds, news) {
  const oldByKey = new Map(olds.map((old, index) => [keyOf(old), { old, index }]));
  const placed = [];
  let lastPlacedIndex = 0;
  news.forEach((vnode, index) => {
    const match = oldByKey.get(keyOf(vnode));
    if (match && match.old.type === vnode.type && isText(match.old) === isText(vnode)) {
      oldByKey.delete(keyOf(vnode));
      patch(match.old, vnode);
      if (match.index < lastPlacedIndex) placed.push(index);
      else lastPlacedIndex = match.index;
    } else {
      create(vnode);
      placed.push(index);
    }
  });
  for (const { old } of oldByKey.values()) parent.removeChild(old.node);
  for (const index of placed) {
    const before = news.slice(index + 1).find((_, offset) => !placed.includes(index + 1 + offset));
    if (before) parent.insertBefore(news[index].node, before.node);
    else parent.appendChild(news[index].node);
  }
}

const NOTES = [
  'RSD flare in her left foot',
  'calm morning, no pain',
  'the clinic now says amplified musculoskeletal pain syndrome',
];
const state = {
  day: 0,
  showOlder: true,
  typed: '',
  nextPost: 2,
  posts: [{ id: 1, text: 'First post: fibromyalgia in teens?' }],
};

function App() {
  return h('div', { id: 'diary' },
    h('h1', null, 'Care diary'),
    h('p', { id: 'status' }, 'Day ', state.day, ': ', NOTES[state.day % NOTES.length], '.'),
    h('p', { id: 'single' }, state.day % 2 ? 'The doctor said fibromyalgia, not CRPS.' : 'The doctor said CRPS type 1.'),
    h('p', { id: 'older' }, 'Older notes', state.showOlder ? ' mention causalgia and RSD' : null, '.'),
    h('ul', { id: 'posts' }, state.posts.map((post) => h('li', { key: post.id }, post.text))),
    h('button', { id: 'next', type: 'button', onClick: nextDay }, 'Next day'),
    h('label', { for: 'note' }, 'Your note'),
    h('input', { id: 'note', value: state.typed, onInput: (event) => { state.typed = event.target.value; render(); } }),
    h('p', { id: 'preview' }, 'Preview: ', state.typed),
  );
}

function nextDay() {
  state.day++;
  state.showOlder = !state.showOlder;
  const id = state.nextPost++;
  state.posts = [{ id, text: 'Post ' + id + ': CRPS type 2 after surgery' }, ...state.posts].slice(0, 3);
  render();
}

const textOf = (vnode) =>
  isText(vnode) ? vnode.text : vnode.type === 'input' ? '' : vnode.children.map(textOf).join('');
let current = null;
function render() {
  const next = App();
  if (current) patch(current, next);
  else document.getElementById('app').appendChild(create(next));
  current = next;
}
window.expectedText = () => textOf(current);
render();
</script>
</body></html>`;
