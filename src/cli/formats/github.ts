import { printablePath } from '../printable';
import type { Finding, FileReport } from '../findings';
import type { Severity } from '../severity';
import { summaryLines } from './text';
import type { Reporter, Summary } from './reporter';

const COMMAND: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

/** Workflow command data: `%`, CR and LF escaped, as @actions/core does. */
export const escapeData = (value: string) =>
  value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Workflow command properties: `:` and `,` too, so a file name cannot end one early. */
export const escapeProperty = (value: string) =>
  escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(file: string, finding: Finding): string {
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${escapeProperty(`AMPS Lens: ${finding.ruleId}`)}`,
  ].join(',');
  return `::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}\n`;
}

/** Markdown cell text: no line breaks, pipes or HTML of the file's author. */
const cell = (value: string) =>
  printablePath(value)
    .replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/[|\\`*_[\]]/g, (char) => `\\${char}`);

/** Rows of the step summary's table; more would make the job page slow to open. */
const MAX_SUMMARY_ROWS = 200;

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding, which
 * GitHub shows as annotations on the pull request; `stepSummary` is the Markdown for
 * `$GITHUB_STEP_SUMMARY`.
 */
export function githubReporter(): Reporter & { stepSummary(summary: Summary): string } {
  const rows: string[] = [];
  let more = 0;
  return {
    start: () => '',
    file(report: FileReport) {
      for (const finding of report.findings) {
        if (rows.length === MAX_SUMMARY_ROWS) {
          more++;
          continue;
        }
        const words = finding.match?.text ?? finding.message;
        rows.push(
          `| ${cell(report.file)}:${finding.line}:${finding.column} | ${finding.severity} | ${finding.ruleId} | ${cell(words)} | ${cell(finding.match?.suggestion ?? '')} |`,
        );
      }
      return report.findings.map((finding) => annotation(report.file, finding)).join('');
    },
    error: (file, message) => ({
      stdout: `::error file=${escapeProperty(file)},title=${escapeProperty('AMPS Lens: unreadable')}::${escapeData(message)}\n`,
    }),
    end: () => '',
    stepSummary(summary) {
      const lines = ['## AMPS Lens', '', '```', summaryLines(summary).trimEnd(), '```', ''];
      if (rows.length > 0) {
        lines.push(
          '| Where | Severity | Term | Words | Suggested wording |',
          '| --- | --- | --- | --- | --- |',
          ...rows,
        );
        if (more > 0) lines.push('', `…and ${more} more.`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
