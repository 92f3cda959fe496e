/**
 * A path safe to print on a terminal: control characters (escape sequences, line breaks that
 * would forge report lines), bidi and line-separator controls are shown as `\xNN` / `\u{NNNN}`.
 */
export function printablePath(path: string): string {
  return path.replace(/[\p{Cc}\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
