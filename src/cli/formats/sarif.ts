import type * as Sarif from 'sarif';
import { CATEGORY_LABELS, GLOSSARY, textOf } from '../../glossary/glossary';
import { TERM_IDS } from '../../terms/term-match';
import type { Finding } from '../findings';
import { READING_LEVEL, UNUSED_SUPPRESSION, helpUriFor } from '../findings';
import { DEFAULT_SEVERITY, type Severity } from '../severity';
import { VERSION } from '../version';
import type { Reporter } from './reporter';

const LEVEL: Readonly<Record<Severity, Sarif.ReportingConfiguration.level>> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

/** One rule per term, in a fixed order, so `ruleId` and `ruleIndex` are stable. */
const RULES: Sarif.ReportingDescriptor[] = [
  ...TERM_IDS.map((term) => {
    const entry = GLOSSARY[term];
    return {
      id: term,
      name: entry.title,
      shortDescription: { text: `${CATEGORY_LABELS[entry.category]}: ${entry.title}` },
      fullDescription: { text: textOf(entry.parent) },
      help: { text: `Suggested wording: ${entry.suggestedWording}` },
      helpUri: helpUriFor(term),
      defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[entry.category]] },
      properties: { category: entry.category },
    };
  }),
  {
    id: UNUSED_SUPPRESSION,
    name: 'Unused suppression comment',
    shortDescription: { text: 'An amps-lens-disable comment that silences nothing' },
    defaultConfiguration: { level: 'note' },
  },
  {
    id: READING_LEVEL,
    name: 'Reading level above the grade asked for',
    shortDescription: { text: 'Text above the highest Flesch–Kincaid grade (--max-grade)' },
    defaultConfiguration: { level: 'warning' },
  },
];
const RULE_INDEX = new Map(RULES.map((rule, index) => [rule.id, index]));

/** A relative URI reference for a path: forward slashes, and the rest percent-encoded. */
const uriOf = (file: string) =>
  file
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');

function result(file: string, finding: Finding): Sarif.Result {
  const replacement = finding.match?.replacement;
  const region = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex: RULE_INDEX.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(file) },
          region:
            finding.match === undefined
              ? region
              : { ...region, snippet: { text: finding.match.text } },
        },
      },
    ],
    partialFingerprints: { 'ampsLens/v1': finding.fingerprint },
    ...(replacement === undefined
      ? {}
      : {
          fixes: [
            {
              description: { text: `Use “${replacement}”` },
              artifactChanges: [
                {
                  artifactLocation: { uri: uriOf(file) },
                  replacements: [{ deletedRegion: region, insertedContent: { text: replacement } }],
                },
              ],
            },
          ],
        }),
  };
}

/**
 * One SARIF 2.1.0 log, streamed: the tool and its rules first, then each result as its file is
 * scanned, then the invocation with any input that could not be read.
 */
export function sarifReporter(): Reporter {
  const notifications: Sarif.Notification[] = [];
  let first = true;
  const separator = () => {
    const text = first ? '\n' : ',\n';
    first = false;
    return text;
  };
  return {
    start() {
      const head = JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
      });
      const tool: Sarif.Tool = {
        driver: {
          name: 'AMPS Lens',
          version: VERSION,
          rules: RULES,
        },
      };
      return `${head.slice(0, -1)},"runs":[{"tool":${JSON.stringify(tool)},"columnKind":"utf16CodeUnits","results":[`;
    },
    file: (report) =>
      report.findings
        .map((finding) => separator() + JSON.stringify(result(report.file, finding)))
        .join(''),
    error(file, message) {
      notifications.push({
        level: 'error',
        message: { text: message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(file) } } }],
      });
      return {};
    },
    end() {
      const invocation: Sarif.Invocation = {
        executionSuccessful: notifications.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      };
      return `\n],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
    },
  };
}
