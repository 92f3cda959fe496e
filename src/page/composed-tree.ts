/**
 * The page as it is drawn: open shadow roots and same-origin frames take their place in the
 * tree, as the content script reads them.
 */

/** Whether a node is a shadow root (of this document or of a same-origin frame's, where `instanceof` fails). */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The parent in the page as drawn: a shadow root's parent is its host, a frame's document its frame. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  if (isShadowRoot(node)) return node.host;
  return (node as Document).defaultView?.frameElement ?? null;
}

/** A node's ancestors as drawn, from the document down to the node. */
function composedPath(node: Node): Node[] {
  const path: Node[] = [];
  for (let at: Node | null = node; at; at = composedParent(at)) path.unshift(at);
  return path;
}

/**
 * Document order across open shadow roots and same-origin frames, as marks are read: a shadow
 * root's content comes at its host, before the host's own children, and a frame's at the frame.
 */
export function composedOrder(a: Node, b: Node): number {
  const pathA = composedPath(a);
  const pathB = composedPath(b);
  let depth = 0;
  while (depth < pathA.length && depth < pathB.length && pathA[depth] === pathB[depth]) depth++;
  const [left, right] = [pathA[depth], pathB[depth]];
  if (!left || !right) return pathA.length - pathB.length;
  if (isShadowRoot(left)) return -1;
  if (isShadowRoot(right)) return 1;
  return left.compareDocumentPosition(right) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
