/**
 * The amplification cycle as a calm line drawing: a foot on a tack, the pain
 * nerve, the spinal cord, the brain, the short circuit, the fight-or-flight
 * nerves, a narrowed blood vessel and the loop back. Each part is a group with
 * `data-part` set to its step id so the cycle view can highlight it; colours
 * come from popup.css so light and dark themes both keep their contrast.
 */
import type { CycleStep } from '../glossary/cycle';
import { glossaryText } from '../glossary/texts';
import { svg } from './dom';
import { t, uiLanguage } from './ui-text';

type Part = CycleStep['id'];

/** A numbered badge with its label beside it (to the right, or to the left for `end`); one line per string. */
function label(
  x: number,
  y: number,
  badge: string,
  lines: string[],
  anchor: 'start' | 'end' = 'start',
) {
  const textX = anchor === 'start' ? x + 15 : x - 15;
  return [
    svg('circle', { class: 'badge', cx: x, cy: y - 4, r: 10 }),
    svg('text', { class: 'badge-text', x, y, 'text-anchor': 'middle' }, badge),
    svg(
      'text',
      { class: 'label', x: textX, y, 'text-anchor': anchor },
      ...lines.map((line, i) => svg('tspan', { x: textX, dy: i === 0 ? 0 : '1.1em' }, line)),
    ),
  ];
}

/** An arrow head at (x, y) pointing along `angle` degrees; drawn per part so it highlights with it. */
function arrowHead(x: number, y: number, angle: number): SVGPathElement {
  return svg('path', {
    class: 'arrow-head',
    d: 'M-9 -5 L0 0 L-9 5 Z',
    transform: `translate(${x} ${y}) rotate(${angle})`,
  });
}

function part(id: Part, ...children: SVGElement[]): SVGGElement {
  return svg('g', { class: 'part', 'data-part': id }, ...children);
}

export function cycleDiagram(titleId: string, descId: string): SVGSVGElement {
  return svg(
    'svg',
    {
      class: 'cycle-diagram',
      viewBox: '0 0 440 310',
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      focusable: 'false',
    },
    // CHOP's model, not settled science: screen readers hear whose it is first (docs/BRIEF.md §0.10).
    svg('title', { id: titleId }, glossaryText(uiLanguage()).cycle.title),
    svg('desc', { id: descId }, glossaryText(uiLanguage()).cycle.description),

    part(
      'injury',
      // Lower leg and foot, side view, toes to the right.
      svg('path', {
        class: 'shape body',
        d: 'M20 170 L46 170 L48 250 Q50 262 64 264 L110 268 Q122 270 120 280 Q119 286 110 286 L26 286 Q16 286 18 274 Z',
      }),
      // The tack under the sole.
      svg('path', { class: 'shape tack', d: 'M72 300 L90 300 M81 300 L81 287' }),
      ...label(20, 154, '1', t('diagram.injury').split('\n')),
    ),

    part(
      'spinal-cord',
      svg('rect', { class: 'shape cord', x: 188, y: 88, width: 24, height: 180, rx: 12 }),
      svg('path', { class: 'shape nerve', d: 'M46 212 C 90 208, 150 194, 186 188' }),
      arrowHead(186, 188, -9.5),
      ...label(176, 124, '2', t('diagram.spinalCord').split('\n'), 'end'),
    ),

    part(
      'brain',
      svg('path', {
        class: 'shape brain',
        d: 'M146 54 C 146 26, 186 18, 200 26 C 216 14, 258 22, 254 48 C 268 62, 252 84, 228 80 C 218 90, 182 90, 172 80 C 148 84, 136 68, 146 54 Z',
      }),
      svg('path', {
        class: 'shape fold',
        d: 'M172 44 C 182 38, 192 48, 202 42 M210 38 C 220 32, 232 42, 240 38 M166 64 C 180 58, 194 68, 210 62 C 222 58, 232 66, 242 62',
      }),
      svg('path', { class: 'shape signal', d: 'M200 176 L200 100' }),
      arrowHead(200, 100, -90),
      ...label(272, 50, '3', t('diagram.brain').split('\n')),
    ),

    part(
      'short-circuit',
      svg('path', { class: 'shape spark', d: 'M193 204 L207 216 L195 220 L209 240' }),
      ...label(176, 236, '4', t('diagram.shortCircuit').split('\n'), 'end'),
    ),

    part(
      'autonomic',
      svg('path', { class: 'shape nerve', d: 'M212 226 C 236 232, 262 244, 286 250' }),
      arrowHead(286, 250, 14),
      ...label(262, 196, '5', t('diagram.autonomic').split('\n')),
    ),

    part(
      'vessels',
      // A vessel pinched in the middle: narrowed by the fight-or-flight nerves.
      svg('path', {
        class: 'shape vessel',
        d: 'M290 232 C 318 232, 326 244, 345 244 C 364 244, 372 232, 400 232 L400 268 C 372 268, 364 256, 345 256 C 326 256, 318 268, 290 268 Z',
      }),
      ...label(300, 292, '6', t('diagram.vessels').split('\n')),
    ),

    part(
      'loop',
      svg('path', {
        class: 'shape loop',
        d: 'M402 236 C 436 200, 430 120, 360 118 C 300 116, 250 150, 214 204',
      }),
      arrowHead(214, 204, 124),
      ...label(330, 100, '↻', t('diagram.loop').split('\n')),
    ),
  );
}
