import { printablePath } from '../printable';
import { count, type Reporter, type Summary } from './reporter';

function byRule(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .toSorted(([, a], [, b]) => b - a)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
}

export function summaryLines(summary: Summary): string {
  const total = [...summary.counts.values()].reduce((sum, n) => sum + n, 0);
  const lines = [
    `${count(summary.filesRead, 'file', 'files')} read` +
      (summary.unreadable > 0
        ? `, ${count(summary.unreadable, 'input', 'inputs')} could not be read`
        : ''),
    count(total, 'finding', 'findings') + (total > 0 ? `: ${byRule(summary.counts)}` : ''),
  ];
  const left = [
    summary.suppressed > 0 ? `${summary.suppressed} silenced by comments` : '',
    summary.known > 0 ? `${summary.known} in the baseline` : '',
  ].filter((part) => part !== '');
  if (left.length > 0) lines.push(`not reported: ${left.join(', ')}`);
  if (summary.failing > 0) {
    lines.push(`${count(summary.failing, 'finding fails', 'findings fail')} the run`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * The linter report: `path:line:column  severity  term  "matched words"  → suggested wording`
 * per finding (line and column in the file as an editor shows it), then a summary.
 */
export const textReporter = (): Reporter => ({
  start: () => '',
  file: (report) =>
    (report.redirects ?? [])
      .map((to) => `${printablePath(report.file)}  redirected to ${printablePath(to)}\n`)
      .join('') +
    (report.readingLevels ?? [])
      .map(
        (level) =>
          `${printablePath(report.file)}:${level.line}:${level.column}  reading level (${level.scope}): Flesch–Kincaid grade ${level.fleschKincaid}, SMOG ${level.smog}, ${level.words} words\n`,
      )
      .join('') +
    report.findings
      .map((finding) => {
        const page = finding.page === undefined ? '' : ` page ${finding.page}`;
        const where = `${printablePath(report.file)}:${finding.line}:${finding.column}${page}`;
        const what =
          finding.match === undefined
            ? `${JSON.stringify(finding.message)}`
            : `${JSON.stringify(finding.match.text)}  → ${finding.match.suggestion}`;
        return `${where}  ${finding.severity}  ${finding.ruleId}  ${what}\n`;
      })
      .join(''),
  error: (file, message) => ({ stderr: `amps-lens: ${printablePath(file)}: ${message}\n` }),
  end: summaryLines,
});
