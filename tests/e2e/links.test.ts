import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attr, elements, fileFor, readSite, type BuiltSite } from './built-site.ts';

/** Attributes that point at another address. */
const linkAttributes = ['href', 'src'];
/** Any origin works: only the path decides which file a link reaches. */
const origin = 'http://site.test';

const builds = [
  { name: 'at the root', key: 'root', base: '/' },
  { name: 'under BASE_PATH=/atlas/', key: 'atlas', base: '/atlas/' },
] as const;

describe.each(builds)('internal links $name', ({ key, base }) => {
  let site: BuiltSite;
  /** Element ids of each HTML file, for links to a #fragment. */
  let ids: Map<string, Set<string>>;

  beforeAll(async () => {
    site = await readSite(inject('sites')[key], base);
    ids = new Map(
      site.pages.map((page) => [
        page.file,
        new Set([...elements(page.document)].map((el) => attr(el, 'id')).filter((id) => id !== undefined)),
      ]),
    );
  });

  it(`all start with ${base} and reach a file of the site`, () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of site.pages) {
      for (const el of elements(page.document)) {
        for (const name of linkAttributes) {
          const value = attr(el, name);
          if (value === undefined) continue;
          const url = new URL(value, origin + page.url);
          if (url.origin !== origin) continue;
          checked++;
          const where = `${page.file}: <${el.tagName} ${name}="${value}">`;
          const file = fileFor(site, url.pathname);
          if (!file) broken.push(`${where} is outside ${base}`);
          else if (!site.files.has(file)) broken.push(`${where} points to a missing file, ${file}`);
          else if (url.hash && ids.has(file) && !ids.get(file)!.has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${where}: ${file} has no element with id "${url.hash.slice(1)}"`);
        }
      }
    }
    expect([...new Set(broken)]).toEqual([]);
    // Guards against a parser or walker that silently finds nothing.
    expect(checked).toBeGreaterThan(site.pages.length * 3);
  });
});
