import type { Finding } from '../findings';
import type { Reporter } from './reporter';

/** A finding of a term as `--json` gives it: the contract's four fields first, then the rest. */
function jsonMatch(finding: Finding) {
  const match = finding.match!;
  return {
    term: match.term,
    text: match.text,
    start: match.start,
    end: match.end,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(finding.page === undefined ? {} : { page: finding.page }),
    category: match.category,
    severity: finding.severity,
    suggestion: match.suggestion,
    helpUri: match.helpUri,
    fingerprint: finding.fingerprint,
  };
}

/**
 * One line per input (docs/CONTRACTS.md): `{"file", "matches": [{"term", "text", "start", "end", …}]}`,
 * with `"notes"` for suppression comments that silenced nothing; `{"file", "error"}` when the
 * input could not be read.
 */
export const jsonReporter = (): Reporter => ({
  start: () => '',
  file(report) {
    const matches = report.findings.filter((finding) => finding.match !== undefined);
    const notes = report.findings
      .filter((finding) => finding.match === undefined)
      .map(({ ruleId, severity, message, line, column, endLine, endColumn, fingerprint }) => ({
        ruleId,
        severity,
        message,
        line,
        column,
        endLine,
        endColumn,
        fingerprint,
      }));
    const line = {
      file: report.file,
      matches: matches.map(jsonMatch),
      ...(notes.length > 0 ? { notes } : {}),
      ...(report.readingLevels === undefined ? {} : { readingLevels: report.readingLevels }),
      ...(report.redirects === undefined ? {} : { redirects: report.redirects }),
    };
    return `${JSON.stringify(line)}\n`;
  },
  error: (file, error) => ({ stdout: `${JSON.stringify({ file, error })}\n` }),
  end: () => '',
});
