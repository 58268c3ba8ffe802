import { attr, elements, fileFor, type BuiltSite } from '../cli/built-site.ts';
import type { Message } from '../util/message.ts';

const rule = 'site-links';

/** Attributes that point at another address. */
const linkAttributes = ['href', 'src'];
/** Any origin works: only the path decides which file a link reaches. */
const origin = 'http://site.test';

/** The broken internal links of a built site, and how many internal links were checked. */
export interface SiteLinkReport {
  messages: Message[];
  /** Internal links followed; a guard against a parser or walker that silently finds nothing. */
  checked: number;
}

/**
 * Follow every internal `href` and `src` of every page of a built site:
 * each must start with the site's base, reach a file the build produced,
 * and, when it has a #fragment, an element with that id. Messages name the
 * first page a broken link is on, by its address, and how many others have it.
 */
export function siteLinks(site: BuiltSite): SiteLinkReport {
  const ids = new Map(
    site.pages.map((page) => [page.file, new Set([...elements(page.document)].map((el) => attr(el, 'id')).filter((id) => id !== undefined))]),
  );
  /** Each broken link once, with every page it is on: a broken link in the header is one message, not one per page. */
  const broken = new Map<string, { message: Message; pages: Set<string> }>();
  let checked = 0;
  for (const page of site.pages) {
    const report = (reason: string, fix: string): void => {
      const known = broken.get(reason) ?? { message: { file: page.url, rule, reason, fix }, pages: new Set<string>() };
      known.pages.add(page.url);
      broken.set(reason, known);
    };
    for (const el of elements(page.document)) {
      for (const name of linkAttributes) {
        const value = attr(el, name);
        if (value === undefined) continue;
        const url = new URL(value, origin + page.url);
        if (url.origin !== origin) continue;
        checked++;
        const link = `<${el.tagName} ${name}="${value}">`;
        const file = fileFor(site, url.pathname);
        if (!file) {
          report(`${link} is outside the site's base ${site.base}`, 'build internal links with href() from src/site/url.ts, which adds BASE_PATH; in content, write site paths such as /papers/<slug>/');
        } else if (!site.files.has(file)) {
          report(`${link} points to ${url.pathname}, which the build did not produce (no ${file})`, 'link to a page that exists; if a paper was renamed, add its old slug to the `aliases` of its file');
        } else if (url.hash && ids.has(file) && !ids.get(file)!.has(decodeURIComponent(url.hash.slice(1)))) {
          report(`${link}: ${url.pathname} has no element with id "${decodeURIComponent(url.hash.slice(1))}"`, 'link to an id the page has, or drop the #fragment');
        }
      }
    }
  }
  const messages = [...broken.values()].map(({ message, pages }) =>
    pages.size === 1 ? message : { ...message, reason: `${message.reason}; the same link is on ${pages.size - 1} other page(s)` },
  );
  return { messages, checked };
}
