import { execFile } from 'node:child_process';

const scripts = new URL('../../../scripts/', import.meta.url).pathname;

/** What a command printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `scripts/<script>.ts` as `npm run <script>` would, with the Node that runs the tests, in `cwd`. */
function run(script: string, args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${scripts}${script}.ts`, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** What `npm run ingest -- ...args` prints and returns, run in `cwd`. */
export function runCli(args: readonly string[], cwd: string): Promise<CliResult> {
  return run('ingest', args, cwd);
}

/** What `npm run check -- ...args` prints and returns, run in `cwd` (use `--quick`: no build). */
export function runCheck(args: readonly string[], cwd: string): Promise<CliResult> {
  return run('check', args, cwd);
}
