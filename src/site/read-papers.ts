import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { parsePaperTree, type PaperFile } from '../format/paper-file.ts';
import { gist } from '../knowledge/gist.ts';
import { extractKeyNumbers } from '../knowledge/key-numbers.ts';
import type { PaperEntryData } from '../schemas/paper.ts';
import { MessageError, type Message } from '../util/message.ts';
import { excerpt } from './excerpt.ts';
import { pageTermFinder, type PageTermFinder } from './search-terms.ts';

/** One paper file to read: its text and its path from the repository root. */
export interface PaperJob {
  text: string;
  filePath: string;
}

/** A paper file read, and what the site derives from it alone. */
export interface ReadPaper {
  file: PaperFile;
  /** The abstract's mdast, for the render. */
  abstract: Root;
  data: PaperEntryData;
}

/**
 * Below this many files one thread reads them all: starting a worker (its
 * modules loaded anew) costs about as much as reading a few hundred papers.
 */
const PARALLEL_FROM = 1000;

/**
 * Read every paper file with the ingest's reader and derive what depends on
 * that paper alone ({@link readPaper}), in file order. Many files are read
 * by one worker thread per core, each taking a contiguous share, since this
 * is most of a first build's content sync and the papers do not depend on
 * each other: at 10,000 papers about 16 s of work on one core. The results
 * are the same either way. Throws the first file's error in file order, as
 * reading them one by one would.
 */
export async function readPapers(jobs: readonly PaperJob[], root: string): Promise<ReadPaper[]> {
  // Read here first: a synonyms file its schema refuses fails the build with its own message, not a thread's.
  const findTerms = await pageTermFinder(root);
  const threads = jobs.length < PARALLEL_FROM ? 1 : availableParallelism();
  let results: Outcome[];
  if (threads < 2) {
    results = jobs.map((job) => attempt(job, findTerms));
  } else {
    const size = Math.ceil(jobs.length / threads);
    const shares = Array.from({ length: threads }, (_, index) => jobs.slice(index * size, (index + 1) * size));
    results = (await Promise.all(shares.map((share) => inWorker(share, root)))).flat();
  }
  return results.map((outcome) => {
    if ('read' in outcome) return outcome.read;
    if ('messages' in outcome) throw new MessageError(outcome.messages);
    throw new Error(outcome.failure);
  });
}

/** A paper read, or why not: messages for a file a contributor can fix, a failure for anything else. */
export type Outcome = { read: ReadPaper } | { messages: readonly Message[] } | { failure: string };

/** Read one paper, keeping a failure as a value so it can cross from a worker thread. */
export function attempt(job: PaperJob, findTerms: PageTermFinder): Outcome {
  try {
    return { read: readPaper(job, findTerms) };
  } catch (error) {
    if (error instanceof MessageError) return { messages: error.messages };
    return { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/**
 * Read one paper file (frontmatter validated, abstract as text and as mdast,
 * notes) and derive what the site needs from it alone: key numbers, the
 * page's description, its gist, the synonyms its page adds to the search
 * index. Key numbers, description and gist read the abstract's sentences,
 * split once (src/knowledge/sentences.ts remembers them).
 * @throws MessageError `content/papers/x.mdx:line:column: reason`.
 */
export function readPaper({ text, filePath }: PaperJob, findTerms: PageTermFinder): ReadPaper {
  const { file, abstract } = parsePaperTree(text, filePath);
  const abstractText = file.abstractText;
  const data: PaperEntryData = {
    ...file.frontmatter,
    abstract: abstractText,
    keyNumbers: extractKeyNumbers(abstractText),
    description: excerpt(abstractText),
    gist: gist(abstractText),
    searchTerms: findTerms(file.frontmatter.title, abstractText),
  };
  return { file, abstract, data };
}

/** One share of the files, read in a worker thread (src/site/read-papers-worker.ts). */
function inWorker(jobs: readonly PaperJob[], root: string): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-papers-worker.ts', import.meta.url), { workerData: { jobs, root } });
    let answered = false;
    worker.once('message', (outcomes: Outcome[]) => {
      answered = true;
      // Its memory is given back before the build goes on.
      void worker.terminate().then(() => resolve(outcomes), reject);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the thread reading paper files stopped (exit code ${code}) before it answered`));
    });
  });
}
