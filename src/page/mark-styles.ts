import type { HighlightStyle } from '../settings/settings';
import markStyles from './marks.css?inline';
import backgroundStyle from './marks-background.css?inline';
import noneStyle from './marks-none.css?inline';

/** What each highlight style adds to marks.css. The style is in the sheet, never in an attribute a page could read. */
const STYLE_RULES: Record<HighlightStyle, string> = {
  underline: '',
  background: backgroundStyle,
  none: noneStyle,
};

/** The style sheet our marks need, in the highlight style the reader chose. */
export function markStyleSheet(style: HighlightStyle): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markStyles + STYLE_RULES[style]);
  return sheet;
}
