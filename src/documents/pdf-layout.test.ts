import { describe, expect, it } from 'vitest';
import { paragraphsOfPage, type TextPiece } from './pdf-layout';

const piece = (text: string, x: number, y: number, width = 300): TextPiece => ({
  text,
  x,
  y,
  width,
  size: 10,
  endsLine: true,
});

describe('paragraphs of a PDF page', () => {
  it('reads a page with more lines than a function call takes arguments', () => {
    const lines = Array.from({ length: 200_000 }, (_, index) =>
      piece(`line ${index} of a very long table`, 72, 800 - index * 12),
    );
    const paragraphs = paragraphsOfPage(lines);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.join(' ')).toContain('line 199999 of');
  });

  it('starts a paragraph at a first-line indent and at a list item', () => {
    const texts = paragraphsOfPage([
      piece('The team talked about the pain in her foot and', 72, 700),
      piece('the plan for school.', 72, 688, 100),
      piece('Next time they will look at her sleep and how she', 90, 676, 282),
      piece('feels in the mornings before school starts again.', 72, 664),
      piece('• Bring the pain diary', 72, 652, 120),
    ]);
    expect(texts).toEqual([
      'The team talked about the pain in her foot and the plan for school.',
      'Next time they will look at her sleep and how she feels in the mornings before school starts again.',
      '• Bring the pain diary',
    ]);
  });
});
