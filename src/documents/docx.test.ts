import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentError } from './document';
import { paragraphsOfWordXml, readDocx } from './docx';

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) =>
  `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.join('')}</w:p>`;

function body(xml: string, prefix = 'w'): string {
  const renamed = prefix === 'w' ? xml : xml.replace(/(<\/?)w:/g, `$1${prefix}:`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:document xmlns:${prefix}="${WORD}" xmlns:mc="${COMPATIBILITY}"><${prefix}:body>${renamed}</${prefix}:body></${prefix}:document>`;
}

/** A .docx as Word writes it: content types, the package's relationships, the document. */
function docx(documentXml: string, path = 'word/document.xml'): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${path}"/></Relationships>`,
    ),
    [path]: strToU8(documentXml),
  });
}

function problemOf(bytes: Uint8Array): DocumentError['problem'] {
  try {
    readDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return (error as DocumentError).problem;
  }
  throw new Error('read without a problem');
}

describe('reading a Word document', () => {
  it('numbers its paragraphs, runs joined, tables cell by cell', () => {
    const xml = body(
      paragraph(run('School nurse note')) +
        paragraph() +
        paragraph(run('She was told she has '), run('RSD'), run(' &amp; needs rest.')) +
        `<w:tbl><w:tr><w:tc>${paragraph(run('Diagnosis'))}</w:tc><w:tc>${paragraph(run('CRPS type I'))}</w:tc></w:tr></w:tbl>` +
        paragraph(run('Ask'), '<w:r><w:tab/></w:r>', run('the care team.')),
    );
    expect(readDocx(docx(xml))).toEqual({
      format: 'docx',
      paragraphs: [
        { number: 1, text: 'School nurse note' },
        { number: 2, text: 'She was told she has RSD & needs rest.' },
        { number: 3, text: 'Diagnosis' },
        { number: 4, text: 'CRPS type I' },
        { number: 5, text: 'Ask\tthe care team.' },
      ],
    });
  });

  it('shows what Word shows: no deleted text, no field codes, one copy of a text box', () => {
    const xml = body(
      paragraph(
        run('Seen for '),
        '<w:del><w:r><w:delText>fibromyalgia</w:delText></w:r></w:del>',
        '<w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r>',
        run('AMPS'),
        `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${paragraph(run('In a box'))}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${paragraph(run('In a box'))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
        run(' today.'),
      ),
    );
    expect(paragraphsOfWordXml(xml)).toEqual(['In a box', 'Seen for AMPS today.']);
  });

  it('reads any namespace prefix, and the main part wherever the package puts it', () => {
    const xml = body(paragraph(run('Sympathetic nervous system')), 'ns0');
    expect(readDocx(docx(xml, 'word/document2.xml')).paragraphs).toEqual([
      { number: 1, text: 'Sympathetic nervous system' },
    ]);
  });

  it('gives a clear reason for locked, damaged, empty and nested-too-deep files', () => {
    const compound = new Uint8Array(512);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problemOf(compound)).toBe('encrypted');
    expect(problemOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('broken');
    expect(problemOf(zipSync({ 'hello.txt': strToU8('not Word') }))).toBe('broken');
    expect(problemOf(docx(body(paragraph())))).toBe('no-text');
    const deep = '<w:r>'.repeat(100_000) + '</w:r>'.repeat(100_000);
    expect(problemOf(docx(body(paragraph(deep))))).toBe('broken');
  });
});
