import { describe, expect, it } from 'vitest';
import { ingestCheck } from '../../../src/checks/ingest-check.ts';
import { schema } from '../../../src/checks/schema.ts';
import { fixtureContent, fixturePlan, printed } from './fixture.ts';

describe('ingest', () => {
  it('names the paper file ingest would create, delete, or update for a moved seed entry', async () => {
    expect(printed(ingestCheck(await fixtureContent('ingest'), await fixturePlan('ingest')))).toEqual([
      'content/papers/fast-decoding-with-drafts.mdx: its seed entry moved from seeds/listing.txt:7 to seeds/listing.txt:8 [ingest]\n' +
        '  fix: run `npm run ingest` and commit the result',
      'seeds/listing.txt:12:1: "A New Paper on Motion" has no paper file yet; ingest would create content/papers/a-new-paper-on-motion.mdx [ingest]\n' +
        '  fix: run `npm run ingest` and commit the new file',
      'content/papers/a-paper-soon-removed.mdx: no seed lists this paper any more; ingest would delete the file [ingest]\n' +
        '  fix: run `npm run ingest` to delete it; to keep the paper, restore its seed entry, or delete the `generated:` line so the file counts as written by hand',
    ]);
  });

  it('names only the seed error when a seed does not parse', async () => {
    expect(printed(ingestCheck(await fixtureContent('ingest-error'), await fixturePlan('ingest-error')))).toEqual([
      'seeds/listing.txt:7:1: "A Title Left Alone" has no abstract after it; expected a paragraph of at least 100 characters on line 9 [ingest]\n' +
        '  fix: edit the seed listing as the message says (a title line, a blank line, its abstract paragraph), then run `npm run ingest`',
    ]);
  });

  it('finds nothing when the files are what the seeds give, the hand-edited one included', async () => {
    expect(printed(ingestCheck(await fixtureContent('ingest-clean'), await fixturePlan('ingest-clean')))).toEqual([]);
  });

  it('leaves a paper file its reader refused to the schema rule: reported once, not also as "has no paper file yet"', async () => {
    const content = await fixtureContent('broken-paper');
    expect(printed([...schema(content), ...ingestCheck(content, await fixturePlan('broken-paper'))])).toEqual([
      'content/papers/fast-decoding-with-drafts.mdx:3:1: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [schema]\n' +
        '  fix: fix the YAML syntax; put a value that holds `:`, `#` or quotes in double quotes',
    ]);
  });
});
