import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** One line per pipeline stage: counts in, counts out, what was dropped and why (shown with `--verbose`). */
    stageLog: string[];
  }
}

/** Record what a stage did, in one line prefixed with its name. */
export function logStage(file: VFile, stage: string, summary: string): void {
  (file.data.stageLog ??= []).push(`${stage}: ${summary}`);
}
