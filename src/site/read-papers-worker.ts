/** A worker thread of src/site/read-papers.ts: reads its share of the paper files and answers with every outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { attempt, type PaperJob } from './read-papers.ts';
import { pageTermFinder } from './search-terms.ts';

const { jobs, root } = workerData as { jobs: PaperJob[]; root: string };
const findTerms = await pageTermFinder(root);
parentPort!.postMessage(jobs.map((job) => attempt(job, findTerms)));
