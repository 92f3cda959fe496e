/**
 * Nothing inside a URL, e-mail address, @handle or file name counts (LABELLING.md rule 8).
 * Such addresses never contain whitespace, so only the run of non-space characters around
 * an occurrence needs a look.
 */
const ADDRESSES: readonly RegExp[] = [
  /[a-z][a-z0-9+.-]*:\/\/\S+/giu,
  /\bwww\.\S+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu,
  /(?:[\p{L}\p{N}_-]+\.)+(?:com|org|net|edu|gov|mil|int|io|co|uk|us|ca|au|nz|ie|info|biz|health|care|example)(?:[/:?#]\S*)?(?![\p{L}\p{N}_])/giu,
  /[\p{L}\p{N}_.-]+\.(?:pdf|docx?|pptx?|xlsx?|csv|txt|rtf|odt|png|jpe?g|gif|svg|webp|zip|html?|json|mp[34]|mov)(?![\p{L}\p{N}_])/giu,
];

/** The longest token worth checking; longer runs of non-space text are not addresses anyone reads. */
const TOKEN_REACH = 500;

export function isInsideAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < TOKEN_REACH && !/\s/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < TOKEN_REACH && !/\s/.test(text[to])) to++;
  const token = text.slice(from, to);
  // Plain words with a boundary mark or two never look like addresses.
  if (!/[@./:]/.test(token)) return false;
  return ADDRESSES.some((address) => {
    address.lastIndex = 0;
    for (let hit = address.exec(token); hit; hit = address.exec(token)) {
      if (from + hit.index <= start && end <= from + hit.index + hit[0].length) return true;
    }
    return false;
  });
}
