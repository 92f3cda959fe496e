// Documents made in tests: PDFs drawn line by line (pdf-lib), among them a two-column one with a
// hyphenated line break, and a .docx (fflate).
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const SIZE = 11;
/** How far apart drawn lines are, in points. */
export const LEADING = 14;
export const A4: [number, number] = [595, 842];

/** Draws lines one under the other from (x, y), as a word processor does. */
export function drawLines(page: PDFPage, font: PDFFont, text: string[], x: number, y: number) {
  text.forEach((line, index) =>
    page.drawText(line, { x, y: y - index * LEADING, size: SIZE, font }),
  );
}

/** A PDF drawn by `draw`, in Helvetica. */
export async function pdfOf(draw: (doc: PDFDocument, font: PDFFont) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  draw(doc, font);
  return doc.save();
}

/** A two-column handout: the left column's words, then the right's, with a hyphenated break. */
export const twoColumns = () =>
  pdfOf((doc, font) => {
    doc.addPage(A4);
    const page = doc.addPage(A4);
    drawLines(
      page,
      font,
      [
        'Older names for this pain, such as',
        'reflex sympathetic dys-',
        'trophy, are still seen online.',
      ],
      60,
      760,
    );
    drawLines(
      page,
      font,
      [
        'Today doctors say CRPS type I,',
        'and the CHOP team uses the word',
        'AMPS for these pains in children.',
      ],
      320,
      760,
    );
  });

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const wordParagraph = (text: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export function docx(paragraphs: string[]): Uint8Array {
  const path = 'word/document.xml';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${path}"/></Relationships>`,
    ),
    [path]: strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${paragraphs.map(wordParagraph).join('')}</w:body></w:document>`,
    ),
  });
}
