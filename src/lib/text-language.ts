/**
 * Which language a stretch of text is in, English or Spanish, told by the short words every
 * sentence has ("the", "and" / "el", "que"). Words both languages share ("a", "no", "me") and
 * Italian's ("la", "di") are left out, so an English paragraph quoting an Italian or Spanish word
 * stays English. Pure: no DOM.
 */
export type Language = 'en' | 'es';

const ENGLISH_WORDS =
  'the and of to is it that was for with as his my at by this have from be are not but or they we you she he has had were been which their our your will would can what when there if about';
const SPANISH_WORDS =
  'el los las y que en es por para pero muy también tambien está esta este del al lo como más mas sus le ya fue ha porque cuando sin sobre hasta hay donde desde nos se qué tiene tengo hija hijo una unos unas mi sí años';

/**
 * One pass finds the marker words of both languages (group 1 English, group 2 Spanish). The plain
 * `\b` is fast; an accented letter next to a hit, which `\b` does not see as a letter, is checked apart.
 */
const MARKERS = new RegExp(
  `\\b(?:(${ENGLISH_WORDS.split(' ').join('|')})|(${SPANISH_WORDS.split(' ').join('|')}))(?![\\w\u00C0-\u024F])`,
  'gi',
);
const ACCENTED_LETTER = /[\u00C0-\u024F]/;

/** How many more Spanish than English marker words `text[from, to)` holds. */
function spanishLead(text: string, from: number, to: number): number {
  // A slice, so a search never runs past `to` looking for its next hit.
  const part = text.slice(from, to);
  let lead = 0;
  MARKERS.lastIndex = 0;
  for (let hit = MARKERS.exec(part); hit; hit = MARKERS.exec(part)) {
    if (hit.index > 0 && ACCENTED_LETTER.test(part[hit.index - 1])) continue;
    lead += hit[1] ? -1 : 1;
  }
  return lead;
}

/** The language that `text[from, to)` is mostly in, or null when its words don't tell. */
export function languageOf(text: string, from = 0, to = text.length): Language | null {
  const lead = spanishLead(text, from, to);
  return lead > 0 ? 'es' : lead < 0 ? 'en' : null;
}

/** How far to look for the paragraph around an occurrence, and then for the text around it. */
const PARAGRAPH_REACH = 800;
const SURROUNDINGS_REACH = 2500;
const PARAGRAPH_BREAK = /\n[ \t\u00A0\r]*\n/g;

function paragraphAround(text: string, position: number): { start: number; end: number } {
  const from = Math.max(0, position - PARAGRAPH_REACH);
  const to = Math.min(text.length, position + PARAGRAPH_REACH);
  let start = from;
  let end = to;
  PARAGRAPH_BREAK.lastIndex = 0;
  const part = text.slice(from, to);
  for (let hit = PARAGRAPH_BREAK.exec(part); hit; hit = PARAGRAPH_BREAK.exec(part)) {
    const breakStart = from + hit.index;
    const breakEnd = breakStart + hit[0].length;
    if (breakEnd <= position) start = breakEnd;
    else if (breakStart >= position) {
      end = breakStart;
      break;
    }
  }
  return { start, end };
}

/**
 * A judge of the language around positions of one text: its paragraph decides, then the text
 * around it. Occurrences in the same paragraph share one judgment, so judging many stays linear.
 */
export function languageJudge(text: string): (position: number) => Language | null {
  type Judged = { start: number; end: number; language: Language | null };
  const within = (area: Judged | null, position: number) =>
    area !== null && area.start <= position && position < area.end;
  let paragraph: Judged | null = null;
  let surroundings: Judged | null = null;
  return (position) => {
    if (!within(paragraph, position)) {
      const area = paragraphAround(text, position);
      paragraph = { ...area, language: languageOf(text, area.start, area.end) };
    }
    if (paragraph?.language) return paragraph.language;
    if (!within(surroundings, position)) {
      const start = Math.max(0, position - SURROUNDINGS_REACH);
      const end = Math.min(text.length, position + SURROUNDINGS_REACH);
      surroundings = { start, end, language: languageOf(text, start, end) };
    }
    return surroundings?.language ?? null;
  };
}
