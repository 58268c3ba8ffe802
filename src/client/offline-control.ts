import { activeWorker, ask, type Level, type MissingFile, type Status } from './offline-worker.ts';

/**
 * "Keep the atlas offline" on the /offline/ page, loaded when the reader
 * opens it: shows what each level costs before anything is downloaded, then
 * downloads the chosen one with a progress bar, and can cancel or remove it.
 * The worker keeps the files and the choice (so each new build keeps the
 * same level, downloading only what changed); this page only drives it, in
 * batches, so closing the tab stops the download and the next visit offers
 * to finish it.
 */

/** Files per request to the worker: small enough that each is a few seconds of work, and the bar moves. */
const BATCH = 100;
/**
 * Requests in flight: while the worker finishes one batch's last files the
 * next has started, so its downloads never wait on this page (each batch
 * downloads 6 files at a time; 21,000 small files at 10,000 papers are bound
 * by round trips, not bandwidth).
 */
const IN_FLIGHT = 2;

const control = document.querySelector<HTMLDetailsElement>('[data-offline-control]');
const form = control?.querySelector<HTMLFormElement>('[data-offline-form]');
const keep = control?.querySelector<HTMLButtonElement>('[data-offline-keep]');
const cancel = control?.querySelector<HTMLButtonElement>('[data-offline-cancel]');
const remove = control?.querySelector<HTMLButtonElement>('[data-offline-remove]');
const progress = control?.querySelector<HTMLProgressElement>('[data-offline-progress]');
const status = control?.querySelector<HTMLElement>('[data-offline-status]');
if (control && form && keep && cancel && remove && progress && status) {
  void start({ form, keep, cancel, remove, progress, status });
}

interface Parts {
  form: HTMLFormElement;
  keep: HTMLButtonElement;
  cancel: HTMLButtonElement;
  remove: HTMLButtonElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
}

async function start({ form, keep, cancel, remove, progress, status }: Parts): Promise<void> {
  status.textContent = 'Checking what this browser keeps…';
  const found = await activeWorker();
  if (!found) {
    status.textContent = 'This browser cannot keep the atlas offline: it has no service workers, or they are off for this site.';
    return;
  }
  const worker = found;
  let cancelled = false;
  show(await ask(worker, 'status'));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const level = new FormData(form).get('level') as 'search' | 'everything';
    cancelled = false;
    void run(level);
  });
  cancel.addEventListener('click', () => {
    cancelled = true;
    cancel.disabled = true;
  });
  remove.addEventListener('click', async () => {
    remove.disabled = true;
    await ask(worker, 'remove');
    remove.disabled = false;
    show(await ask(worker, 'status'));
    status.textContent = 'Removed. This browser keeps the shell again, and the pages you open from now on.';
  });

  async function run(level: 'search' | 'everything'): Promise<void> {
    busy(true);
    try {
      const { missing, total } = await ask(worker, 'keep', { level });
      const left = missing.reduce((sum, [, , bytes]) => sum + bytes, 0);
      let done = Math.max(total - left, 0);
      progress.max = Math.max(total, 1);
      progress.value = done;
      progress.hidden = false;
      // Ask the browser not to evict what the reader asked to keep under storage pressure (it may say no; nothing changes then).
      void navigator.storage?.persist?.().catch(() => false);
      let said = -1;
      let next = 0;
      const say = () => {
        // The live region speaks at every tenth, not at every batch; the bar itself moves with each.
        const tenth = Math.floor((done / progress.max) * 10);
        if (tenth !== said) status.textContent = `Downloading ${describe(level)}: ${bytes(done)} of ${bytes(total)}.`;
        said = tenth;
      };
      say();
      // A failed batch stops the other one too, before the error is shown.
      let failed = false;
      const drive = async () => {
        while (next < missing.length && !cancelled && !failed) {
          const batch: MissingFile[] = missing.slice(next, (next += BATCH));
          await ask(worker, 'download', { files: batch.map(([key, url]) => [key, url]) }).catch((error: unknown) => {
            failed = true;
            throw error;
          });
          done += batch.reduce((sum, [, , size]) => sum + size, 0);
          progress.value = done;
          say();
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, drive));
      if (cancelled) {
        await ask(worker, 'remove');
        show(await ask(worker, 'status'));
        status.textContent = 'Cancelled. What was downloaded is removed again.';
        return;
      }
      const { complete, missing: unkept } = await ask(worker, 'finish');
      show(await ask(worker, 'status'));
      if (!complete) status.textContent = `${unkept} files could not be kept. Try Download again when the connection is better.`;
    } catch (error) {
      await ask(worker, 'status').then(show, () => undefined);
      status.textContent = `The download stopped (${error instanceof Error ? error.message : String(error)}). Download again to finish it; what is here stays.`;
    } finally {
      busy(false);
    }
  }

  function busy(on: boolean): void {
    keep.disabled = on;
    cancel.hidden = !on;
    cancel.disabled = false;
    remove.hidden = on || remove.hidden;
    for (const input of form.querySelectorAll('input')) input.disabled = on;
  }

  /** Sizes beside each choice, and a sentence on what is kept now. */
  function show(current: Status): void {
    for (const level of ['search', 'everything'] as const) {
      const size = form.querySelector(`[data-offline-size="${level}"]`);
      if (size) size.textContent = `About ${bytes(current.levels[level].transfer)} to download, ${bytes(current.levels[level].bytes)} in this browser.`;
    }
    const chosen = current.chosen === 'search' || current.chosen === 'everything' ? current.chosen : undefined;
    if (chosen) form.querySelector<HTMLInputElement>(`input[value="${chosen}"]`)!.checked = true;
    progress.hidden = true;
    keep.disabled = false;
    remove.hidden = current.level === 'shell';
    status.textContent = sentence(current);
  }
}

function sentence(current: Status): string {
  const { level, chosen, complete, wholeSite, levels } = current;
  if (chosen && chosen !== 'shell' && !complete) {
    return `The download of ${describe(chosen)} has not finished: choose Download to continue.`;
  }
  if (level === 'everything' && !chosen && wholeSite) {
    return `The atlas is small (${bytes(levels.everything.transfer)}), so this browser already keeps all of it. Choose a level to keep it however large it grows.`;
  }
  if (level === 'shell') return 'This browser keeps the shell and search engine, and the pages you open.';
  return `This browser keeps ${describe(level)} offline (${bytes(levels[level].bytes)}). Updates download only what changed.`;
}

function describe(level: Level): string {
  return level === 'everything' ? 'every page and search' : 'search';
}

/** "740 KB", "14.2 MB": decimal units, as storage settings show them. */
function bytes(count: number): string {
  if (count < 1e6) return `${Math.max(1, Math.round(count / 1e3))} KB`;
  return `${(count / 1e6).toFixed(count < 1e7 ? 1 : 0)} MB`;
}
