import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { extractLinks } from './extract-links.ts';
import { findIdentifiers, type IdentifiedPaper } from './find-identifiers.ts';
import { matchPaperFiles } from './match-paper-files.ts';
import { mergeDuplicates, type FirstSeen } from './merge-duplicates.ts';
import { namePapers } from './name-paper.ts';
import { parseListing } from './parse-listing.ts';
import type { ExistingPaper, PaperFolder } from './read-paper-folder.ts';
import { repairLatex } from './repair-latex.ts';
import { serializePaper, type RenderedPage } from './serialize-paper.ts';
import { splitPapers } from './split-papers.ts';

/** What the stages made of the seeds. */
export interface IngestedSeeds {
  /** One page per paper, in seed order. */
  pages: RenderedPage[];
  /** One line per stage: per seed file for the first stages, then for the whole run. */
  log: string[];
}

/**
 * The ingest pipeline, in order: the one place its stages are called. They
 * are plain functions, each taking what the one before gives (so the type
 * checker holds the order), rather than unified plugins: after the parser,
 * every stage needs more than one seed file at a time (a title repeated in
 * another file, slugs taken anywhere, a file that moved between seeds), and
 * a unified processor runs on one file. The listing parser stays a unified
 * parser, text to an mdast tree with positions; messages go on each seed's
 * vfile, at the paper's line.
 */
export function ingestSeeds(seeds: readonly VFile[], folder: PaperFolder): IngestedSeeds {
  const seen = new Map<string, FirstSeen>();
  const papers = seeds.flatMap((seed): IdentifiedPaper[] => {
    try {
      const tree = unified().use(parseListing).parse(seed); // paragraphs with positions; nothing is Markdown
      const listed = mergeDuplicates(splitPapers(tree, seed), seed, seen); // titles and abstracts; chrome dropped
      repairLatex(listed, seed); // `$α$` → α, for display
      const linked = extractLinks(listed, seed); // http(s) addresses become link nodes
      return findIdentifiers(linked, seed); // the arXiv id and DOI the listing names
    } catch (error) {
      // seed.fail() recorded the message already; anything else is a bug.
      if (!(error instanceof VFileMessage)) throw error;
      return [];
    }
  });
  const matches = matchPaperFiles(papers, folder); // the file each paper already has
  const own: IdentifiedPaper[] = [];
  const files: Array<ExistingPaper | undefined> = [];
  papers.forEach((paper, index) => {
    const match = matches[index];
    if (match?.kind === 'merged') {
      const title = JSON.stringify(toString(paper.title));
      paper.seed.info(`${title} is merged into ${match.into.file.path}, whose \`aliases\` lists "${match.alias}": no page of its own`, paper.title.position);
    } else {
      own.push(paper);
      files.push(match?.paper);
    }
  });
  const named = namePapers(own, files, new Set(folder.papers.keys())); // slug kept, or minted
  const pages = named.map(serializePaper); // MDX, contributor fields and notes carried over
  return { pages, log: [...seeds.flatMap((seed) => (seed.data.stageLog ?? []).map((line) => `${seed.path}: ${line}`)), ...runLog(matches, pages)] };
}

/** The log lines of the stages that run over every seed at once. */
function runLog(matches: ReturnType<typeof matchPaperFiles>, pages: readonly RenderedPage[]): string[] {
  const count = (by: string): number => matches.filter((match) => match?.kind === 'file' && match.by === by).length;
  const found = ['title', 'generated hash', 'seed position', 'abstract'].map((by) => `${count(by)} by ${by}`).join(', ');
  const merged = matches.filter((match) => match?.kind === 'merged').length;
  const kept = pages.filter((page) => page.text === undefined).length;
  return [
    `match-paper-files: ${matches.length} papers in, ${matches.length - merged} out; ${matches.filter((match) => match?.kind === 'file').length} have a file (${found}), ${merged} merged into another paper's file, ${matches.filter((match) => !match).length} new`,
    `name-paper: ${pages.length} papers named; ${pages.filter((page) => page.existing).length} kept the slug of their file`,
    `serialize-paper: ${pages.length} papers in, ${pages.length - kept} files rendered${kept ? `, ${kept} hand-edited file(s) kept as they are` : ''}`,
  ];
}
