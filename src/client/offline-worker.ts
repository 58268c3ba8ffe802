/**
 * Talking to the offline service worker (src/integrations/service-worker.js,
 * whose message handler documents each request): one MessageChannel per
 * request, so replies never cross.
 */

export type Level = 'shell' | 'search' | 'everything';

/** What keeping a level costs (OfflineLevel in src/integrations/offline-manifest.ts). */
export interface LevelSize {
  files: number;
  /** Bytes in the browser's storage. */
  bytes: number;
  /** Bytes to download, compressed. */
  transfer: number;
}

export interface Status {
  version: string;
  /** The first visit keeps the whole site: it is small. */
  wholeSite: boolean;
  levels: Record<Level, LevelSize>;
  /** What this browser keeps now: the reader's choice, or the default. */
  level: Level;
  /** What the reader chose, if they did. */
  chosen: Level | null;
  /** Whether every file of the chosen level is here. */
  complete: boolean;
}

/** A file to download: its key in the worker's cache, its URL, its compressed size. */
export type MissingFile = [key: string, url: string, bytes: number];

interface Replies {
  status: Status;
  keep: { missing: MissingFile[]; total: number };
  download: Record<string, never>;
  finish: { complete: boolean; missing: number };
  remove: Record<string, never>;
}

/** The active worker, once there is one; undefined where this browser has none (no support, or `astro dev`). */
export async function activeWorker(): Promise<ServiceWorker | undefined> {
  if (!('serviceWorker' in navigator) || !(await navigator.serviceWorker.getRegistration())) return undefined;
  return (await navigator.serviceWorker.ready).active ?? undefined;
}

/** Send one request to the worker and wait for its answer; its errors are thrown here with the worker's words. */
export function ask<T extends keyof Replies>(worker: ServiceWorker, type: T, details: Record<string, unknown> = {}): Promise<Replies[T]> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<{ ok: boolean; error?: string } & Replies[T]>) => {
      channel.port1.close();
      if (data.ok) resolve(data);
      else reject(new Error(data.error));
    };
    worker.postMessage({ type, ...details }, [channel.port2]);
  });
}
