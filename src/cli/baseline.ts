import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ConfigError } from './config';
import type { FileReport } from './findings';

/**
 * Findings already reviewed, by file and fingerprint. Paths are relative to the baseline file,
 * so a baseline kept in the repository works from any folder.
 */
export interface BaselineFile {
  version: 1;
  findings: { file: string; ruleId: string; fingerprint: string }[];
}

const keyOf = (file: string, fingerprint: string) => `${file}\0${fingerprint}`;

function relativeTo(baselinePath: string, file: string): string {
  return file === '-'
    ? '-'
    : relative(dirname(resolve(baselinePath)), resolve(file))
        .split(sep)
        .join('/');
}

export class Baseline {
  private readonly keys: Set<string>;

  constructor(
    private readonly path: string,
    file: BaselineFile,
  ) {
    this.keys = new Set(file.findings.map((finding) => keyOf(finding.file, finding.fingerprint)));
  }

  static read(path: string): Baseline {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError(
        `--baseline ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const file = parsed as BaselineFile;
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      file.version !== 1 ||
      !Array.isArray(file.findings) ||
      !file.findings.every(
        (finding) => typeof finding?.file === 'string' && typeof finding?.fingerprint === 'string',
      )
    ) {
      throw new ConfigError(
        `--baseline ${path}: not a baseline file (write one with --write-baseline)`,
      );
    }
    return new Baseline(path, file);
  }

  /** The report without the findings the baseline holds, and how many those were. */
  filter(report: FileReport): { report: FileReport; known: number } {
    const file = relativeTo(this.path, report.file);
    const findings = report.findings.filter(
      (finding) => !this.keys.has(keyOf(file, finding.fingerprint)),
    );
    return { report: { ...report, findings }, known: report.findings.length - findings.length };
  }
}

/** Collects findings as they are reported, then writes them as a baseline. */
export class BaselineWriter {
  private readonly findings: BaselineFile['findings'] = [];

  constructor(private readonly path: string) {}

  add(report: FileReport): void {
    const file = relativeTo(this.path, report.file);
    for (const { ruleId, fingerprint } of report.findings) {
      this.findings.push({ file, ruleId, fingerprint });
    }
  }

  write(): void {
    const baseline: BaselineFile = { version: 1, findings: this.findings };
    writeFileSync(this.path, `${JSON.stringify(baseline, null, 2)}\n`);
  }
}
