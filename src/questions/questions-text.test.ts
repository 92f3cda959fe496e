import { describe, expect, it } from 'vitest';
import { DISCLAIMER, GLOSSARY, SAFETY_LINE, textOf } from '../glossary/glossary';
import { GLOSSARY_ES } from '../glossary/es/glossary-es';
import { formatDate, questionsAsText } from './questions-text';

describe('questions as text', () => {
  it('gives the date, each term with its plain explanation, the questions and the sources', () => {
    const text = questionsAsText(
      [
        {
          term: 'rsd',
          questions: ['What name do you use for my child’s pain?', '  ', 'Who do we call? '],
        },
        { term: 'amps', questions: [] },
      ],
      new Date(2026, 11, 4),
    );
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Questions for our visit (4 December 2026)',
      '',
      GLOSSARY.rsd.title,
      textOf(GLOSSARY.rsd.parent),
      'Our questions:',
      '- What name do you use for my child’s pain?',
    ]);
    expect(text).toMatch(/- Who do we call\?\nSources: \S/);
    expect(text).toContain(`${GLOSSARY.amps.title}\n${textOf(GLOSSARY.amps.parent)}\nSources:`);
    expect(text.endsWith(`${SAFETY_LINE.text}\n${DISCLAIMER}`)).toBe(true);
  });

  it('writes the date as a parent would', () => {
    expect(formatDate(new Date(2027, 0, 15))).toBe('15 January 2027');
  });

  it('gives the list in Spanish: heading, date, the Spanish card, safety line and disclaimer', () => {
    const text = questionsAsText(
      [{ term: 'rsd', questions: ['¿Quién nos llama?'] }],
      new Date(2026, 11, 4),
      'es',
    );
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Preguntas para nuestra cita (4 de diciembre de 2026)',
      '',
      GLOSSARY_ES.entries.rsd.title,
      textOf(GLOSSARY_ES.entries.rsd.parent),
      'Nuestras preguntas:',
      '- ¿Quién nos llama?',
    ]);
    expect(text).toMatch(/\nFuentes: \S/);
    expect(text.endsWith(`${GLOSSARY_ES.safetyLine.text}\n${GLOSSARY_ES.disclaimer}`)).toBe(true);
  });
});
