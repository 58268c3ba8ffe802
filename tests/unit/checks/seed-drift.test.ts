import { describe, expect, it } from 'vitest';
import { seedDrift } from '../../../src/checks/seed-drift.ts';
import { fixtureContent, fixturePlan, printed } from './fixture.ts';

describe('seed-drift', () => {
  it('names a changed title (the page keeps its address) and a changed abstract in files ingest wrote, and leaves the hand-edited file alone', async () => {
    // speech-one-token-at-a-time.mdx has a hand-edited title that differs from the seed: no message for it.
    expect(printed(seedDrift(await fixtureContent('seed-drift'), await fixturePlan('seed-drift')))).toEqual([
      'content/papers/fast-decoding-with-drafts.mdx:13:1: the abstract no longer matches its seed entry (seeds/listing.txt:7): the file has "small draft model that proposes tokens.…" where the seed has "tiny draft model that proposes tokens. T…" [seed-drift]\n' +
        '  fix: run `npm run ingest` to update the file from the seed; if the seed is what is wrong, fix seeds/listing.txt instead',
      'content/papers/tokens-for-images-a-study.mdx:2:8: the title "Tokens for Images: A Study" no longer matches its seed entry (seeds/listing.txt:3): "Tokens for Images: A Survey" [seed-drift]\n' +
        "  fix: run `npm run ingest` to update the file from the seed; it keeps the file's name, so the page stays at /papers/tokens-for-images-a-study/; if the seed is what is wrong, fix seeds/listing.txt instead",
    ]);
  });
});
