import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, MAX_QUESTIONS_PER_TERM, parseQuestions, withTerm } from './questions';

describe('questions for our visit', () => {
  it('keeps known terms with their questions, once each, in order', () => {
    expect(
      parseQuestions([
        { term: 'rsd', questions: ['What name do you use?', 'Who do we call?'] },
        { term: 'crps', questions: [] },
        { term: 'rsd', questions: ['again'] },
      ]),
    ).toEqual([
      { term: 'rsd', questions: ['What name do you use?', 'Who do we call?'] },
      { term: 'crps', questions: [] },
    ]);
  });

  it('drops what a stored value should never hold: unknown terms, addresses, page text', () => {
    const parsed = parseQuestions([
      { term: 'constructor', questions: ['x'] },
      {
        term: 'amps',
        questions: ['Ask about school', 42],
        url: 'https://example.org/?token=1',
        excerpt: 'page text',
      },
      'rsd',
    ]);
    expect(parsed).toEqual([{ term: 'amps', questions: ['Ask about school'] }]);
    for (const raw of [undefined, null, {}, 'rsd']) expect(parseQuestions(raw)).toEqual([]);
  });

  it('bounds the list and each question', () => {
    const long = parseQuestions([{ term: 'rsd', questions: ['?'.repeat(10_000)] }]);
    expect(long[0].questions[0]).toHaveLength(MAX_QUESTION_LENGTH);
    const many = parseQuestions([
      { term: 'rsd', questions: Array.from({ length: 20 }, (_, n) => `Question ${n}?`) },
    ]);
    expect(many[0].questions).toHaveLength(MAX_QUESTIONS_PER_TERM);
    expect(many[0].questions.at(-1)).toBe(`Question ${MAX_QUESTIONS_PER_TERM - 1}?`);
  });

  it('adds a term with a question, and leaves a term already there as it is', () => {
    const list = withTerm([], 'rsd', 'What does it mean?');
    expect(list).toEqual([{ term: 'rsd', questions: ['What does it mean?'] }]);
    const edited = [{ term: 'rsd' as const, questions: ['My own question'] }];
    expect(withTerm(edited, 'rsd', 'What does it mean?')).toEqual(edited);
  });
});
