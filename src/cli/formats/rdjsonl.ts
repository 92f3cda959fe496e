import type { Finding } from '../findings';
import type { Severity } from '../severity';
import type { Reporter } from './reporter';

const SEVERITY: Readonly<Record<Severity, string>> = {
  error: 'ERROR',
  warning: 'WARNING',
  note: 'INFO',
};

/** reviewdog counts columns in UTF-8 bytes, from 1, the end exclusive. */
function range(finding: Finding) {
  return {
    start: { line: finding.line, column: finding.byteColumn },
    end: { line: finding.endLine, column: finding.endByteColumn },
  };
}

/**
 * reviewdog's Diagnostic JSON lines (`reviewdog -f=rdjsonl`): one per finding, with the
 * suggested words as a fix where they can replace the match as written.
 */
export const rdjsonlReporter = (): Reporter => ({
  start: () => '',
  file: (report) =>
    report.findings
      .map((finding) => {
        const replacement = finding.match?.replacement;
        const diagnostic = {
          message: finding.message,
          location: { path: report.file, range: range(finding) },
          severity: SEVERITY[finding.severity],
          source: { name: 'amps-lens' },
          code: {
            value: finding.ruleId,
            ...(finding.match === undefined ? {} : { url: finding.match.helpUri }),
          },
          ...(replacement === undefined
            ? {}
            : { suggestions: [{ range: range(finding), text: replacement }] }),
        };
        return `${JSON.stringify(diagnostic)}\n`;
      })
      .join(''),
  error: (file, message) => ({
    stdout: `${JSON.stringify({ message: `Could not be read: ${message}`, location: { path: file }, severity: 'ERROR', source: { name: 'amps-lens' } })}\n`,
  }),
  end: () => '',
});
