import { execFile } from 'node:child_process';

const script = new URL('../../../scripts/ingest.ts', import.meta.url).pathname;

/** What `npm run ingest -- ...args` prints and returns, run in `cwd`. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the ingest command as a user would, with the Node that runs the tests. */
export function runCli(args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
