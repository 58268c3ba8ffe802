import { toString } from 'mdast-util-to-string';
import { generatedHash, type PaperFile } from '../format/paper-file.ts';
import { abstractToMdx } from '../format/render-paper-file.ts';
import type { LinkedPaper } from './extract-links.ts';
import { shortNameOf, slugCandidates } from './name-paper.ts';
import type { ExistingPaper, PaperFolder } from './read-paper-folder.ts';

/** How a seed paper was found to have a file already. */
export type FileMatch =
  | { kind: 'file'; paper: ExistingPaper; by: 'title' | 'generated hash' | 'seed position' | 'abstract' }
  /** A contributor merged it into another paper's file: one of its possible slugs is in that file's `aliases`. */
  | { kind: 'merged'; into: ExistingPaper; alias: string };

/** A seed paper's place in the seed: `source` in its frontmatter. */
export const sourceOf = (paper: LinkedPaper): { file: string; line: number } => ({ file: paper.seed.path, line: paper.title.position?.start.line ?? 1 });

/** The words of a text, lowercased, as a set. */
const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Whether a file and a seed entry at the same position are recognizably the
 * same work: at least half of the words of their titles and abstracts
 * together are shared (Jaccard). Two different papers of the seed share
 * 0.13 (median of its 2,346 pairs) and 0.26 at most; an entry whose title
 * was fixed, or a file edited by hand, shares nearly all.
 * Without it, a paper listed where a removed one stood would take its page.
 */
function sameWork(file: PaperFile, paper: LinkedPaper): boolean {
  const a = wordsOf(`${file.frontmatter.title} ${file.abstractText}`);
  const b = wordsOf(`${toString(paper.title)} ${toString(paper.abstract)}`);
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared || 1) >= 0.5;
}

/** What a seed paper would look like to the indexes: computed once, and only for papers the title does not settle. */
function seedKeys(paper: LinkedPaper): { hash: string; source: string; abstract: string } {
  const title = toString(paper.title);
  const source = sourceOf(paper);
  const abstract = abstractToMdx(paper.abstract);
  return { hash: generatedHash({ title, shortName: shortNameOf(title), source, links: paper.links }, abstract), source: `${source.file}:${source.line}`, abstract };
}

/** Each file by a key (the last file wins a tie, in file name order). */
function index(folder: PaperFolder, keys: (file: PaperFile) => Iterable<string>): Map<string, ExistingPaper> {
  const map = new Map<string, ExistingPaper>();
  for (const paper of folder.papers.values()) for (const key of keys(paper.file)) map.set(key, paper);
  return map;
}

/**
 * The file each seed paper already has, if any, so that it keeps its slug
 * and its contributor's work, and never gets a second page. Looked for in
 * this order, each pass over every seed paper before the next, so a weaker
 * clue never takes a file a stronger one gives another paper; a file goes to
 * one paper at most:
 *
 * 1. the same title;
 * 2. the `generated` hash ingest wrote for exactly this entry (the title was
 *    then edited in the file by hand);
 * 3. merged: one of the slugs ingest could give the title is in a file's
 *    `aliases` (CONTRIBUTING's merge: the paper lives on in that file);
 * 4. the same seed position (`source` file and line), and recognizably the
 *    same work (sameWork): the title changed in the seed for a hand-edited
 *    file, or title and abstract changed together;
 * 5. the same abstract: the title was fixed while the entry moved.
 *
 * Returns one entry per paper, in order: undefined for a new paper.
 */
export function matchPaperFiles(papers: readonly LinkedPaper[], folder: PaperFolder): Array<FileMatch | undefined> {
  const matches: Array<FileMatch | undefined> = papers.map(() => undefined);
  // A first ingest has nothing to find: skip serializing every abstract for the keys.
  if (folder.papers.size === 0) return matches;
  const byTitle = index(folder, (file) => [file.frontmatter.title]);
  const byHash = index(folder, (file) => (file.frontmatter.generated ? [file.frontmatter.generated] : []));
  const byAlias = index(folder, (file) => file.frontmatter.aliases);
  const bySource = index(folder, (file) => [`${file.frontmatter.source.file}:${file.frontmatter.source.line}`]);
  const byAbstract = index(folder, (file) => [file.abstractMdx]);

  const claimed = new Set<ExistingPaper>();
  const keys = new Map<LinkedPaper, ReturnType<typeof seedKeys>>();
  const keysOf = (paper: LinkedPaper): ReturnType<typeof seedKeys> => {
    let found = keys.get(paper);
    if (!found) keys.set(paper, (found = seedKeys(paper)));
    return found;
  };
  const pass = (by: Extract<FileMatch, { kind: 'file' }>['by'], find: (paper: LinkedPaper) => ExistingPaper | undefined): void => {
    papers.forEach((paper, at) => {
      if (matches[at]) return;
      const file = find(paper);
      if (!file || claimed.has(file)) return;
      claimed.add(file);
      matches[at] = { kind: 'file', paper: file, by };
    });
  };

  pass('title', (paper) => byTitle.get(toString(paper.title)));
  pass('generated hash', (paper) => byHash.get(keysOf(paper).hash));
  papers.forEach((paper, at) => {
    if (matches[at]) return;
    const alias = [...slugCandidates(toString(paper.title))].find((slug) => byAlias.has(slug));
    if (alias) matches[at] = { kind: 'merged', into: byAlias.get(alias)!, alias };
  });
  pass('seed position', (paper) => {
    const file = bySource.get(keysOf(paper).source);
    return file && sameWork(file.file, paper) ? file : undefined;
  });
  pass('abstract', (paper) => byAbstract.get(keysOf(paper).abstract));
  return matches;
}
