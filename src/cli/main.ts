import { runCli } from './scan';

/** Entry point of the bundle that bin/amps-lens.js runs; resolves to the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  // A reader that stops early (`amps-lens scan … | head`) closes the pipe: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  return runCli(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
  });
}

export { scanFile, scanText } from './api';
export type * from './api';
