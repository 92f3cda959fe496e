import type { FileReport } from '../findings';

/** What a scan found overall, for the end of a report. */
export interface Summary {
  filesRead: number;
  unreadable: number;
  /** Findings reported, by rule id (term id or unused-suppression). */
  counts: Map<string, number>;
  /** Findings that fail the run (exit code 1). */
  failing: number;
  /** Findings silenced by comments. */
  suppressed: number;
  /** Findings left out because the baseline holds them. */
  known: number;
}

/** One output format: its text for the start, each file, each unreadable input and the end. */
export interface Reporter {
  start(): string;
  file(report: FileReport): string;
  /** An input that could not be read: on stdout when the format has a place for it, else stderr. */
  error(file: string, message: string): { stdout?: string; stderr?: string };
  end(summary: Summary): string;
}

/** "1 file", "3 files": the same wording rule as the popup's. */
export { plural as count } from '../../lib/plural';
