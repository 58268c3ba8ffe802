import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { Message } from '../util/message.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { Content } from './load-content.ts';
import { splitFrontmatter } from '../format/frontmatter.ts';

const rule = 'body-links';

/** A link written in a body, with its place in the file. */
interface BodyLink {
  url: string;
  line: number;
  column: number;
}

/** Markdown links, link definitions and JSX `<a href="...">` in the body of a file its reader accepted, as the renderer reads them. */
function linksIn(text: string, path: string, mdx: boolean): BodyLink[] {
  const { body: value, bodyLine: line } = splitFrontmatter(text, path);
  const tree = mdx ? fromMarkdown(value, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(value);
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    let url: string | undefined;
    if (node.type === 'link' || node.type === 'definition') url = node.url;
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
      if (typeof href?.value === 'string') url = href.value;
    }
    if (url !== undefined && node.position) links.push({ url, line: node.position.start.line + line - 1, column: node.position.start.column });
  });
  return links;
}

/** `/papers/x/` or `/topics/x/`: a path inside the site, resolved as a browser would from `page`. */
function sitePath(url: string, page: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url) || url.startsWith('#') || url === '') return undefined;
  return new URL(url, `http://site.invalid${page}`).pathname;
}

/**
 * Links in paper and topic bodies to paper or topic pages that do not exist:
 * `/papers/<x>/` where x is no paper's slug or alias, `/topics/<x>/` (or
 * `/topics/<x>.json`) where x is no topic, and such links without the
 * trailing slash every page address ends with. Other site paths are left to
 * the link check of the built site.
 */
export function bodyLinks(content: Content): Message[] {
  const papers = new Set(content.papers.flatMap((paper) => [paper.name, ...(paper.parsed?.frontmatter.aliases ?? [])]));
  const topics = new Set(content.topics.map((topic) => topic.name));
  const files = [
    ...content.papers.filter((paper) => paper.parsed).map((paper) => ({ path: paper.path, page: `/papers/${paper.name}/`, text: paper.text, mdx: true })),
    ...content.topics.filter((topic) => topic.parsed).map((topic) => ({ path: topic.path, page: `/topics/${topic.name}/`, text: topic.text, mdx: false })),
  ];
  const messages: Message[] = [];
  for (const file of files) {
    for (const link of linksIn(file.text, file.path, file.mdx)) {
      const path = sitePath(link.url, file.page);
      const groups = path && /^\/(?<kind>papers|topics)\/(?<name>[^/]+?)(?<end>\/|\.json)?$/.exec(path)?.groups;
      if (!path || !groups) continue;
      const { kind, name = '', end } = groups;
      const known = kind === 'papers' ? papers : topics;
      const problem = (reason: string, fix: string): void => void messages.push({ file: file.path, line: link.line, column: link.column, rule, reason, fix });
      if (kind === 'papers' && (/^\d+$/.test(name) || end === '.json')) continue;
      if (!known.has(name)) {
        problem(
          kind === 'papers'
            ? `link to ${path} points nowhere: no paper has the slug or alias "${name}".${didYouMean(name, papers)}`
            : `link to ${path} points nowhere: there is no topic "${name}".${didYouMean(name, topics)}`,
          kind === 'papers'
            ? 'link to /papers/<slug>/ with the file name of a paper in content/papers/ (without .mdx); if the paper was renamed, add its old slug to the `aliases` of the renamed file'
            : 'link to /topics/<id>/ with the file name of a topic in content/topics/ (without .md)',
        );
      } else if (end === undefined) {
        problem(`link to ${path} has no trailing slash; the page is at ${path}/`, `write ${link.url}/ (every page address ends with a slash)`);
      }
    }
  }
  return messages;
}
