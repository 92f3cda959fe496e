import { PDFDocument, StandardFonts } from 'pdf-lib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentError, readDocument } from './read-document';
import { nodePdfJs } from './pdfjs-node';
import { textDocument } from './plain-text';

const read = (bytes: Uint8Array, name: string) => readDocument(bytes, name, nodePdfJs);

const refused = (bytes: Uint8Array, name: string) =>
  read(bytes, name).then(
    () => null,
    (error: unknown) => error,
  );

describe('reading a file of any kind', () => {
  it('tells a PDF by its first bytes, whatever its name', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Juvenile fibromyalgia', {
      x: 72,
      y: 700,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    const document = await read(await doc.save(), 'letter.download');
    expect(document.format).toBe('pdf');
    expect(document.paragraphs).toEqual([{ number: 1, page: 1, text: 'Juvenile fibromyalgia' }]);
  });

  it('reads text as paragraphs between blank lines, keeping line breaks inside them', async () => {
    const bytes = strToU8(
      '\ufeffDear parent,\r\n\r\nYour son has CRPS\r\nin his arm.\n \n\nAsk the team.\n',
    );
    expect((await read(bytes, 'note.TXT')).paragraphs).toEqual([
      { number: 1, text: 'Dear parent,' },
      { number: 2, text: 'Your son has CRPS\nin his arm.' },
      { number: 3, text: 'Ask the team.' },
    ]);
    expect(textDocument('   ').paragraphs).toEqual([]);
  });

  it('refuses other kinds of file with a reason', async () => {
    const binary = await refused(new Uint8Array([1, 0, 2]), 'photo.txt');
    expect(binary).toBeInstanceOf(DocumentError);
    expect((binary as Error).message).toContain('.txt, .pdf and .docx');
    expect(await refused(strToU8('{}'), 'data.json')).toMatchObject({ problem: 'unsupported' });
    expect(await refused(zipSync({}), 'empty.docx')).toMatchObject({ problem: 'broken' });
  });
});
