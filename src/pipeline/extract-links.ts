import type { Paragraph, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import type { LinkKind } from '../schemas/paper.ts';
import type { ListedPaper } from './split-papers.ts';
import { logStage } from './stage-log.ts';

/** A link as stored in frontmatter. */
export interface PaperLink {
  url: string;
  kind: LinkKind;
}

/** A paper whose abstract now holds explicit link nodes. */
export interface LinkedPaper extends ListedPaper {
  /** Every distinct http(s) address in the abstract, in order of appearance. */
  links: PaperLink[];
}

/**
 * An http(s) address, up to whitespace or a character no scraped address
 * holds, plus the arXiv scraper's `{this https URL}` placeholder when it is
 * glued on. Other schemes (`javascript:`, `data:`, `ftp:`) are never matched.
 */
const URL_IN_TEXT = /(https?:\/\/[^\s<>"{}[\]]+)(\{this https? URL\})?/giu;
/** Sentence punctuation that ends a sentence, not an address. */
const TRAILING = /^[.,;:!?'"*]$/;

/** Hosts that serve source code. */
const CODE_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com', 'sr.ht'];
/**
 * Hosts whose address says nothing about a project: shorteners, and archives
 * of papers and models. Any other host is taken as the work's own page.
 */
const OTHER_HOSTS = ['aka.ms', 'bit.ly', 'tinyurl.com', 'goo.gl', 't.co', 'arxiv.org', 'doi.org', 'openreview.net', 'aclanthology.org', 'huggingface.co', 'youtube.com', 'youtu.be'];

const onHost = (hostname: string, hosts: readonly string[]): boolean =>
  hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));

/** What an address points to, as far as the address itself tells. */
export function classifyLink(url: string): LinkKind {
  const { hostname, pathname } = new URL(url);
  if (onHost(hostname, CODE_HOSTS)) return 'code';
  if (onHost(hostname, OTHER_HOSTS) || /\.pdf$/i.test(pathname)) return 'other';
  return 'project';
}

/**
 * Split a scraped address into the clean address and the text that follows
 * it in the sentence: trailing punctuation and unbalanced `)` go back to the
 * sentence; a `.git` suffix is a clone address, whose page is the same
 * address without it. One pass from the end, so an address followed by
 * 100,000 brackets costs 100,000 steps, not their square.
 */
export function cleanUrl(raw: string): { url: string; after: string } {
  let opens = 0;
  let closes = 0;
  for (const character of raw) {
    if (character === '(') opens += 1;
    else if (character === ')') closes += 1;
  }
  let end = raw.length;
  for (; end > 0; end--) {
    const last = raw[end - 1]!;
    if (last === ')' && closes > opens) closes -= 1;
    else if (!TRAILING.test(last)) break;
  }
  return { url: raw.slice(0, end).replace(/\.git$/i, ''), after: raw.slice(end) };
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol, hostname } = new URL(value);
    return (protocol === 'http:' || protocol === 'https:') && hostname.includes('.');
  } catch {
    return false;
  }
}

/** Turn the addresses in a paragraph's text into link nodes; returns the links found. */
function linkParagraph(paragraph: Paragraph, file: VFile): PaperLink[] {
  const links: PaperLink[] = [];
  const seen = new Set<string>();
  const children: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      children.push(child);
      continue;
    }
    let text = '';
    let last = 0;
    for (const match of child.value.matchAll(URL_IN_TEXT)) {
      const { url, after } = cleanUrl(match[1]!);
      text += child.value.slice(last, match.index);
      last = match.index + match[0].length;
      if (!isHttpUrl(url)) {
        // Once per address: an abstract that repeats a bad one 10,000 times gets one warning, not 10,000.
        if (!seen.has(url)) file.message(`${JSON.stringify(url)} does not look like a web address; it stays plain text`, paragraph.position);
        seen.add(url);
        text += match[0];
        continue;
      }
      if (text) children.push({ type: 'text', value: text });
      children.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
      text = after;
      if (!seen.has(url)) links.push({ url, kind: classifyLink(url) });
      seen.add(url);
    }
    text += child.value.slice(last);
    if (text) children.push({ type: 'text', value: text });
  }
  paragraph.children = children;
  return links;
}

/** Pull every http(s) address out of each abstract, cleaned and classified, as explicit links. */
export function extractLinks(listed: readonly ListedPaper[], file: VFile): LinkedPaper[] {
  const linked = listed.map((paper) => ({ ...paper, links: linkParagraph(paper.abstract, file) }));
  const links = linked.flatMap((paper) => paper.links);
  const kinds = (['code', 'project', 'other'] as const).map((kind) => `${links.filter((link) => link.kind === kind).length} ${kind}`);
  logStage(file, 'extract-links', `${listed.length} papers in, ${listed.length} out; ${links.length} links (${kinds.join(', ')})`);
  return linked;
}
