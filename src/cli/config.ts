import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CATEGORIES, GLOSSARY, type Category } from '../glossary/glossary';
import { TERM_IDS, type TermId } from '../terms/term-match';
import { DEFAULT_SEVERITY, SEVERITIES, type Severity } from './severity';

/** What `.amps-lens.json` (or `"amps-lens"` in package.json) may hold (docs/CONTRACTS.md). */
export interface Config {
  /** gitignore-style globs, relative to the config file's folder. */
  ignore: string[];
  /** Term ids or categories not reported. */
  off: string[];
  /** Term id or category → severity; a term's own entry wins over its category's. */
  severity: Record<string, Severity>;
  failLevel?: Severity;
}

export const CONFIG_FILE = '.amps-lens.json';
export const IGNORE_FILE = '.amps-lens-ignore';
const KEYS = ['ignore', 'off', 'severity', 'failLevel'];

/** A configuration we cannot use; the message names the file and what is wrong. */
export class ConfigError extends Error {}

const NAMES: readonly string[] = [...TERM_IDS, ...CATEGORIES];
export const isTermOrCategory = (name: string) => NAMES.includes(name);

function checkNames(where: string, value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new ConfigError(`${where} must be an array of strings`);
  }
  for (const name of value) {
    if (!isTermOrCategory(name)) {
      throw new ConfigError(
        `${where}: unknown term or category '${name}' (use ${NAMES.join(', ')})`,
      );
    }
  }
  return value;
}

function checkSeverity(where: string, value: unknown): Severity {
  if (!(SEVERITIES as readonly unknown[]).includes(value)) {
    throw new ConfigError(
      `${where} must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}`,
    );
  }
  return value as Severity;
}

/** Checks a parsed configuration; `where` names it in messages. */
export function checkConfig(where: string, value: unknown): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${where} must be a JSON object`);
  }
  const entries = value as Record<string, unknown>;
  for (const key of Object.keys(entries)) {
    if (!KEYS.includes(key)) {
      throw new ConfigError(`${where}: unknown key '${key}' (the keys are ${KEYS.join(', ')})`);
    }
  }
  const config: Config = { ignore: [], off: [], severity: {} };
  if ('ignore' in entries) {
    const globs = entries.ignore;
    if (!Array.isArray(globs) || !globs.every((glob) => typeof glob === 'string')) {
      throw new ConfigError(`${where}: "ignore" must be an array of glob strings`);
    }
    config.ignore = globs;
  }
  if ('off' in entries) config.off = checkNames(`${where}: "off"`, entries.off);
  if ('severity' in entries) {
    const severity = entries.severity;
    if (typeof severity !== 'object' || severity === null || Array.isArray(severity)) {
      throw new ConfigError(`${where}: "severity" must be an object of term or category → level`);
    }
    for (const [name, level] of Object.entries(severity)) {
      checkNames(`${where}: "severity"`, [name]);
      config.severity[name] = checkSeverity(`${where}: "severity"."${name}"`, level);
    }
  }
  if ('failLevel' in entries) {
    config.failLevel = checkSeverity(`${where}: "failLevel"`, entries.failLevel);
  }
  return config;
}

function parseJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The first folder from `start` upward that holds one of `names`, and the file found. */
function findUpward(start: string, test: (folder: string) => string | null): string | null {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    const found = test(folder);
    if (found !== null) return found;
    if (dirname(folder) === folder) return null;
  }
}

export interface LoadedConfig {
  config: Config;
  /** The file the configuration came from, if any. */
  path: string | null;
  /** Whether a path is ignored by the configuration's globs or an `.amps-lens-ignore` file. */
  isIgnored(path: string, isFolder?: boolean): boolean;
}

/** Ignore rules that apply to paths under `folder`. */
function ignoreRules(folder: string, rules: Ignore): (path: string, isFolder?: boolean) => boolean {
  return (path, isFolder = false) => {
    const inside = relative(folder, resolve(path));
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return false;
    return rules.ignores(inside.split(sep).join('/') + (isFolder ? '/' : ''));
  };
}

/**
 * The configuration for a scan run in `cwd`: `configPath` if given, else the first
 * `.amps-lens.json`, or package.json with an `"amps-lens"` key, from `cwd` upward; and the
 * first `.amps-lens-ignore` from `cwd` upward. Throws ConfigError when one is not usable.
 */
export function loadConfig(cwd: string, configPath?: string): LoadedConfig {
  let path: string | null;
  let config: Config = { ignore: [], off: [], severity: {} };
  if (configPath !== undefined) {
    path = resolve(cwd, configPath);
    if (!existsSync(path)) throw new ConfigError(`${configPath}: no such file`);
  } else {
    path = findUpward(cwd, (folder) => {
      const own = join(folder, CONFIG_FILE);
      if (existsSync(own)) return own;
      const manifest = join(folder, 'package.json');
      if (!existsSync(manifest)) return null;
      const packageJson = parseJson(manifest);
      return typeof packageJson === 'object' && packageJson !== null && 'amps-lens' in packageJson
        ? manifest
        : null;
    });
  }
  if (path !== null) {
    const value = parseJson(path);
    config = path.endsWith('package.json')
      ? checkConfig(`${path} "amps-lens"`, (value as Record<string, unknown>)['amps-lens'])
      : checkConfig(path, value);
  }
  const tests: ((path: string, isFolder?: boolean) => boolean)[] = [];
  if (path !== null && config.ignore.length > 0) {
    tests.push(ignoreRules(dirname(path), ignore().add(config.ignore)));
  }
  const ignoreFile = findUpward(cwd, (folder) => {
    const candidate = join(folder, IGNORE_FILE);
    return existsSync(candidate) ? candidate : null;
  });
  if (ignoreFile !== null) {
    tests.push(ignoreRules(dirname(ignoreFile), ignore().add(readFileSync(ignoreFile, 'utf8'))));
  }
  return {
    config,
    path,
    isIgnored: (file, isFolder) => tests.some((test) => test(file, isFolder)),
  };
}

/** How the configuration rates each term: reported or not, and at which severity. */
export interface Rules {
  isOff(term: TermId): boolean;
  severityOf(term: TermId): Severity;
}

const categoryOf = (term: TermId): Category => GLOSSARY[term].category;

export function rulesOf(config: Config): Rules {
  const off = new Set(config.off);
  return {
    isOff: (term) => off.has(term) || off.has(categoryOf(term)),
    severityOf: (term) =>
      config.severity[term] ??
      config.severity[categoryOf(term)] ??
      DEFAULT_SEVERITY[categoryOf(term)],
  };
}
