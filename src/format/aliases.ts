import { isPaperSlug, PAPER_INDEX_VIEWS, type PaperSlug } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';

/** What the alias check reads of a paper. */
export interface AliasedPaper {
  slug: string;
  /** Its file, for messages: `content/papers/<slug>.mdx`. */
  file: string;
  /** Former slugs, from the `aliases` field. */
  aliases: readonly string[];
}

/** An old address that leads to a paper's page: /papers/<alias>/ → /papers/<to>/. */
export interface AliasRedirect {
  alias: PaperSlug;
  to: PaperSlug;
  /** The file that declares the alias. */
  file: string;
}

/** An alias that cannot become a redirect; `index` is its place in the file's `aliases` list. */
export interface AliasProblem extends Message {
  index: number;
}

/**
 * Every alias as a redirect, and every alias that cannot be one: an alias
 * must be a slug, must not look like a page number of the paper index
 * (/papers/2/), and must not be any paper's slug or another paper's alias,
 * since one address can lead to one page only. Problems name both files.
 */
export function resolveAliases(papers: readonly AliasedPaper[]): { redirects: AliasRedirect[]; problems: AliasProblem[] } {
  const slugs = new Map(papers.map((paper) => [paper.slug, paper.file]));
  const claimed = new Map<string, string>();
  const redirects: AliasRedirect[] = [];
  const problems: AliasProblem[] = [];
  for (const paper of papers) {
    paper.aliases.forEach((alias, index) => {
      const problem = (reason: string, fix: string): void => void problems.push({ file: paper.file, index, reason, fix });
      const owner = slugs.get(alias);
      const earlier = claimed.get(alias);
      if (!isPaperSlug(alias)) problem(`alias "${alias}" is not a slug`, 'write the last part of the old address /papers/<alias>/: lowercase ASCII letters and digits in words joined by single hyphens');
      else if (/^\d+$/.test(alias)) problem(`alias "${alias}" is only digits, the address of a page of the paper index (/papers/${alias}/)`, 'remove it; no paper ever had this address');
      else if (PAPER_INDEX_VIEWS.has(alias)) problem(`alias "${alias}" is the address of a view of the paper index (/papers/${alias}/)`, 'remove it; no paper ever had this address');
      else if (owner === paper.file) problem(`alias "${alias}" is this paper's own slug`, 'remove it: the page is already at this address');
      else if (owner) problem(`alias "${alias}" is the slug of another paper, ${owner}`, `remove the alias, or merge ${owner} into this file and delete it; an address can lead to one page only`);
      else if (earlier) problem(`alias "${alias}" is also an alias in ${earlier}`, 'keep the alias only on the paper its old address should lead to');
      else {
        claimed.set(alias, paper.file);
        redirects.push({ alias, to: paper.slug as PaperSlug, file: paper.file });
      }
    });
  }
  return { redirects, problems };
}

/**
 * The redirects of renamed and merged papers, for the build.
 * @throws MessageError naming every bad alias, its file and the fix.
 */
export function aliasRedirects(papers: readonly AliasedPaper[]): AliasRedirect[] {
  const { redirects, problems } = resolveAliases(papers);
  if (problems.length) throw new MessageError(problems);
  return redirects;
}
