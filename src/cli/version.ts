import packageJson from '../../package.json';

/** The package's version, as the SARIF log and `--version` report it. */
export const VERSION: string = packageJson.version;
