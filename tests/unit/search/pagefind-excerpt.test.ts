import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements } from '../../../src/cli/built-site.ts';
import { serveSite, type ServedSite } from '../../../src/cli/serve-site.ts';

/** What src/client/render-result.ts puts into innerHTML, and the title it sets as text. */
interface PagefindData {
  excerpt: string;
  meta: { title: string };
}

/**
 * What Pagefind really escapes: index a page whose text holds markup with
 * Pagefind's own Node API, then search it with the very pagefind.js the
 * site ships (it runs in Node: fetch and WebAssembly are all it needs).
 */
describe('a Pagefind excerpt, as render-result.ts receives it', { timeout: 60_000 }, () => {
  let folder: string;
  let site: ServedSite;
  let data: PagefindData;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ar-atlas-pagefind-'));
    const { index } = await pagefind.createIndex({});
    const html = await readFile(new URL('../../fixtures/pagefind-excerpt/page.html', import.meta.url), 'utf8');
    await index!.addHTMLFile({ url: '/hostile/', content: html });
    await index!.writeFiles({ outputPath: join(folder, 'pagefind') });
    await pagefind.close();
    site = await serveSite(folder, '/');
    // Imported from a file (a module cannot be imported over http in Node); it fetches its index from basePath.
    await copyFile(join(folder, 'pagefind/pagefind.js'), join(folder, 'pagefind.mjs'));
    const client = (await import(join(folder, 'pagefind.mjs'))) as {
      options(options: { basePath: string }): Promise<void>;
      search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> }>;
    };
    await client.options({ basePath: site.url('/pagefind/') });
    const { results } = await client.search('script');
    data = await results[0]!.data();
  });

  afterAll(async () => {
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('escapes < and > in the page text and adds only <mark> elements', () => {
    const tags = [...elements(parseFragment(data.excerpt) as never)].map((element) => element.tagName);
    expect(new Set(tags)).toEqual(new Set(['mark']));
    expect(data.excerpt).toContain('<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>');
    expect(data.excerpt).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('leaves & and quotes as they are, so a typed &amp; shows as &', () => {
    expect(data.excerpt).toContain(`with "double" and 'single' quotes, a bare & and a typed &amp; reference.`);
  });

  it('gives the title unescaped, for textContent', () => {
    expect(data.meta.title).toBe('A <b>title</b> & "quotes"');
  });
});
