import type { Category } from '../glossary/glossary';

export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Readonly<Record<Severity, number>> = { note: 0, warning: 1, error: 2 };

export const atLeast = (severity: Severity, level: Severity) => RANK[severity] >= RANK[level];

/**
 * Older names are errors; current terms often about adults are warnings; the word with two
 * meanings and CHOP's umbrella term are notes (BRIEF section 0.3, docs/CONTRACTS.md).
 */
export const DEFAULT_SEVERITY: Readonly<Record<Category, Severity>> = {
  'older-name': 'error',
  'current-term': 'warning',
  'two-meanings': 'note',
  'chop-umbrella': 'note',
};
