import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { A4, drawLines, LEADING, pdfOf } from '../../tests/unit/support/make-documents';
import { DocumentError } from './document';
import { readPdf } from './pdf';
import { nodePdfJs } from './pdfjs-node';

const read = (bytes: Uint8Array) => readPdf(bytes, nodePdfJs);

async function problemOf(bytes: Uint8Array): Promise<DocumentError['problem']> {
  const error = await read(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return (error as DocumentError).problem;
}

describe('reading a PDF', () => {
  it('rebuilds paragraphs across line breaks and hyphenation, page by page', async () => {
    const bytes = await pdfOf((doc, font) => {
      const first = doc.addPage(A4);
      drawLines(first, font, ['Discharge letter'], 72, 770);
      drawLines(
        first,
        font,
        [
          'Your daughter was seen in clinic for pain in her left foot, first called RSD by',
          'another doctor. The team explained that the sympa-',
          'thetic nervous system is part of how the body handles pain signals.',
        ],
        72,
        740,
      );
      drawLines(first, font, ['Please bring her pain diary to the next visit.'], 72, 680);
      const second = doc.addPage(A4);
      drawLines(
        second,
        font,
        [
          'Follow-up: the pain team will see her again about complex regional',
          'pain syndrome in March.',
        ],
        72,
        770,
      );
    });
    const document = await read(bytes);
    expect(document).toEqual({
      format: 'pdf',
      paragraphs: [
        { number: 1, page: 1, text: 'Discharge letter' },
        {
          number: 2,
          page: 1,
          text: 'Your daughter was seen in clinic for pain in her left foot, first called RSD by another doctor. The team explained that the sympathetic nervous system is part of how the body handles pain signals.',
        },
        { number: 3, page: 1, text: 'Please bring her pain diary to the next visit.' },
        {
          number: 4,
          page: 2,
          text: 'Follow-up: the pain team will see her again about complex regional pain syndrome in March.',
        },
      ],
    });
  });

  it('reads two columns one after the other, under a title across both', async () => {
    const left = [
      'Children with amplified pain often',
      'feel pain from a light touch. The',
      'CHOP team calls this AMPS and',
      'explains it as a short circuit.',
    ];
    const right = [
      'Older names such as reflex sym-',
      'pathetic dystrophy still appear in',
      'letters and on websites written',
      'for adults with chronic pain.',
    ];
    const bytes = await pdfOf((doc, font) => {
      const page = doc.addPage(A4);
      drawLines(
        page,
        font,
        ['Understanding amplified pain in children and teenagers today'],
        72,
        780,
      );
      // Drawn row by row across the gutter, the order a naive reader would get wrong.
      left.forEach((line, index) => {
        drawLines(page, font, [line], 72, 750 - index * LEADING);
        drawLines(page, font, [right[index]], 320, 750 - index * LEADING);
      });
      drawLines(page, font, ['Ask your child’s care team about these words.'], 72, 660);
    });
    const texts = (await read(bytes)).paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual([
      'Understanding amplified pain in children and teenagers today',
      'Children with amplified pain often feel pain from a light touch. The CHOP team calls this AMPS and explains it as a short circuit.',
      'Older names such as reflex sympathetic dystrophy still appear in letters and on websites written for adults with chronic pain.',
      'Ask your child’s care team about these words.',
    ]);
  });

  it('leaves a list of labels and values in rows', async () => {
    const bytes = await pdfOf((doc, font) => {
      const page = doc.addPage(A4);
      ['Patient', 'Seen by', 'Clinic', 'Diagnosis'].forEach((label, index) => {
        drawLines(page, font, [`${label}:`], 72, 770 - index * 28);
      });
      ['A. Child', 'Pain team', 'Rheumatology', 'CRPS type I'].forEach((value, index) => {
        drawLines(page, font, [value], 160, 770 - index * 28);
      });
    });
    const texts = (await read(bytes)).paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual([
      'Patient: A. Child',
      'Seen by: Pain team',
      'Clinic: Rheumatology',
      'Diagnosis: CRPS type I',
    ]);
  });

  it('says a PDF without a text layer is probably a scan', async () => {
    const bytes = await pdfOf((doc) => {
      doc.addPage(A4).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    });
    expect(await problemOf(bytes)).toBe('no-text');
  });

  it('says a locked PDF needs its password taken off', async () => {
    const doc = await PDFDocument.create();
    doc.addPage(A4);
    const key = PDFHexString.of('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a');
    doc.context.trailerInfo.Encrypt = doc.context.obj({
      Filter: PDFName.of('Standard'),
      V: 1,
      R: 2,
      O: key,
      U: key,
      P: -4,
    });
    doc.context.trailerInfo.ID = doc.context.obj([key, key]);
    expect(await problemOf(await doc.save({ useObjectStreams: false }))).toBe('encrypted');
  });

  it('says a damaged file is not a readable PDF', async () => {
    expect(await problemOf(new TextEncoder().encode('%PDF-1.7\nnot really a PDF\n'))).toBe(
      'broken',
    );
  });

  it('leaves the caller its bytes', async () => {
    const bytes = await pdfOf((doc, font) => drawLines(doc.addPage(A4), font, ['CRPS'], 72, 770));
    await read(bytes);
    expect(bytes.length).toBeGreaterThan(0);
    expect((await read(bytes)).paragraphs[0].text).toBe('CRPS');
  });
});
