import { unzipSync, type UnzipFileInfo } from 'fflate';
import { Parser } from 'htmlparser2';
import { DocumentError, numbered, tooLarge, type DocumentText } from './document';

/** The document's own text is far smaller; more is a zip bomb or not a letter. */
const MAX_PART_BYTES = 20 * 1024 * 1024;
/** Word nests a few dozen levels at most (tables in text boxes in tables…). */
const MAX_DEPTH = 256;

const WORD_NS = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];
const COMPATIBILITY_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const OFFICE_DOCUMENT = /\/officeDocument$/;
/** Password-protected Word files, and the old .doc format, are OLE compound files. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const broken = () => new DocumentError('broken', 'document.docxBroken');

/** The paragraphs of a Word document's body, in order (tables cell by cell, text boxes included). */
export function readDocx(bytes: Uint8Array): DocumentText {
  const large = tooLarge(bytes.length);
  if (large) throw large;
  if (COMPOUND_FILE.every((byte, index) => bytes[index] === byte)) {
    throw new DocumentError('encrypted', 'document.docxLocked');
  }
  const relations = part(bytes, '_rels/.rels');
  const target = relations === undefined ? undefined : mainPartOf(relations);
  const xml = part(bytes, target ?? 'word/document.xml');
  if (xml === undefined) throw broken();
  const paragraphs = paragraphsOfWordXml(xml);
  if (paragraphs.length === 0) {
    throw new DocumentError('no-text', 'document.docxNoText');
  }
  return { format: 'docx', paragraphs: numbered(paragraphs.map((text) => ({ text }))) };
}

/** One file of the zip as text, or undefined when it is not there. */
function part(bytes: Uint8Array, name: string): string | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => file.name === name && file.originalSize <= MAX_PART_BYTES,
    });
  } catch {
    throw broken();
  }
  const file = files[name];
  return file === undefined ? undefined : new TextDecoder().decode(file);
}

/** The main document's path in the zip, from the package's relationships. */
function mainPartOf(relationsXml: string): string | undefined {
  let target: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (
          target === undefined &&
          localName(name) === 'Relationship' &&
          OFFICE_DOCUMENT.test(attributes.Type ?? '')
        ) {
          target = attributes.Target?.replace(/^\//, '');
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(relationsXml);
  return target;
}

const is = (name: string, prefix: string, local: string) => name === `${prefix}:${local}`;

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/**
 * The text of each `w:p` in WordprocessingML, read as a stream of tags. Only `w:t` is text:
 * deleted text (`w:delText`) and field codes (`w:instrText`) are not shown in Word either.
 * A paragraph inside a text box is a paragraph of its own; the fallback copy of a text box
 * (`mc:Fallback`) is skipped. Exported for tests.
 */
export function paragraphsOfWordXml(xml: string): string[] {
  const done: string[] = [];
  /** Paragraphs open now, innermost last: a text box's paragraphs sit inside a paragraph. */
  const open: string[] = [];
  let word = 'w';
  let compatibility = 'mc';
  let depth = 0;
  let inText = 0;
  let skipping = 0;
  const append = (text: string) => {
    if (open.length > 0) open[open.length - 1] += text;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_DEPTH) throw broken();
        if (depth === 1) {
          for (const [attribute, value] of Object.entries(attributes)) {
            if (!attribute.startsWith('xmlns:')) continue;
            if (WORD_NS.includes(value)) word = attribute.slice('xmlns:'.length);
            if (value === COMPATIBILITY_NS) compatibility = attribute.slice('xmlns:'.length);
          }
        }
        if (skipping > 0 || is(name, compatibility, 'Fallback')) {
          skipping++;
          return;
        }
        if (is(name, word, 'p')) open.push('');
        else if (is(name, word, 't')) inText++;
        else if (is(name, word, 'tab') || is(name, word, 'ptab')) append('\t');
        else if (is(name, word, 'br') || is(name, word, 'cr')) append('\n');
        else if (is(name, word, 'noBreakHyphen')) append('-');
      },
      ontext(text) {
        if (inText > 0 && skipping === 0) append(text);
      },
      onclosetag(name) {
        depth--;
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (is(name, word, 't')) inText--;
        else if (is(name, word, 'p')) done.push(open.pop() ?? '');
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return done.filter((text) => /\S/.test(text));
}
