import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** A paper page that failed to render in `astro build`: its slug and the error, as Astro prints them. */
export interface RenderError {
  slug: string;
  /** `ReferenceError: k is not defined` */
  error: string;
}

// `[build] Caught error rendering /atlas/papers/<slug>/: ReferenceError: k is not defined`
const CAUGHT = /Caught error rendering (?:\/[^\s/]+)*\/papers\/(?<slug>[a-z0-9-]+)\/: (?<error>.+)$/gm;

/** Every paper page whose MDX threw while the build rendered it, once each. */
export function renderErrors(output: string): RenderError[] {
  const bySlug = new Map<string, RenderError>();
  for (const { groups } of output.matchAll(CAUGHT)) bySlug.set(groups!.slug!, { slug: groups!.slug!, error: groups!.error!.trim() });
  return [...bySlug.values()];
}

/** What the error is about: the variable of `k is not defined`, the component of "Expected component `Foo` to be defined". */
function culprit(error: string): { identifier?: string; component?: string } {
  const undefinedName = /(?:ReferenceError: )?(?<name>[\p{L}_$][\p{L}\p{N}_$]*) is not defined/u.exec(error)?.groups?.name;
  const component = /Expected component `(?<name>[^`]+)` to be defined/.exec(error)?.groups?.name;
  return { identifier: undefinedName, component };
}

interface EstreeNode {
  type: string;
  name?: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

/** The first Identifier named `name` in an estree, by a plain walk of its child nodes. */
function findIdentifier(node: unknown, name: string): EstreeNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findIdentifier(child, name);
      if (found) return found;
    }
    return undefined;
  }
  const estree = node as EstreeNode;
  if ((estree.type === 'Identifier' || estree.type === 'JSXIdentifier') && estree.name === name) return estree;
  for (const [key, value] of Object.entries(estree)) {
    if (key === 'loc' || key === 'range') continue;
    const found = findIdentifier(value, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Where in a paper file the MDX that threw is: the expression using the
 * undefined variable, or the element of the undefined component. The
 * frontmatter is blanked out first, so lines are the file's own.
 */
export function locateRenderError(text: string, error: string): { line: number; column: number } | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const close = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const body = lines.map((line, index) => (index <= close ? '' : line)).join('\n');
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch {
    return undefined;
  }
  const { identifier, component } = culprit(error);
  let place: { line: number; column: number } | undefined;
  visit(tree, (node) => {
    if (place) return false;
    if (component && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === component && node.position) {
      place = { line: node.position.start.line, column: node.position.start.column };
      return false;
    }
    if (!identifier) return undefined;
    // Expressions, and JSX attributes holding expressions, carry their estree.
    const trees: unknown[] = [(node.data as { estree?: unknown } | undefined)?.estree];
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') trees.push(attribute.data?.estree);
        else if (typeof attribute.value === 'object') trees.push(attribute.value?.data?.estree);
      }
    }
    const found = trees.map((estree) => findIdentifier(estree, identifier)).find(Boolean);
    // Acorn's columns count from 0.
    if (found?.loc) place = { line: found.loc.start.line, column: found.loc.start.column + 1 };
    return place ? false : undefined;
  });
  return place;
}
