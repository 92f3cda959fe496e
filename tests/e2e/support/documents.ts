import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A discharge letter over two pages, with a word hyphenated at a line's end. */
export async function twoPageLetterPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = (page: ReturnType<PDFDocument['addPage']>, text: string[], y: number) =>
    text.forEach((line, index) =>
      page.drawText(line, { x: 72, y: y - index * 15, size: 12, font }),
    );
  const first = doc.addPage([595, 842]);
  lines(first, ['Discharge letter'], 770);
  lines(
    first,
    [
      'Your daughter was seen for pain in her left foot. Another doctor called it reflex sympa-',
      'thetic dystrophy, and the letter from her school says RSD.',
    ],
    740,
  );
  const second = doc.addPage([595, 842]);
  lines(second, ['The pain team will see her again about CRPS type I in March.'], 770);
  return Buffer.from(await doc.save());
}

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A school nurse's note as a Word file, built as Word zips one. */
export function nurseNoteDocx(): Buffer {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${paragraph('School nurse note')}${paragraph('He has juvenile fibromyalgia and may need breaks.')}${paragraph('His mother said a doctor once called it causalgia.')}</w:body></w:document>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(documentXml),
    }),
  );
}

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
