import { describe, expect, it } from 'vitest';
import { readCorpus, trainCorpusModel } from '../../../src/format/topic-corpus.ts';
import { formatMessage, MessageError } from '../../../src/util/message.ts';

const fixture = new URL('../../fixtures/check-topic-corpus', import.meta.url).pathname;

describe('the labelled corpus file', () => {
  it('names the file, the line, the problem and the fix for a broken entry', async () => {
    const error = await readCorpus('dev', fixture).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).messages.map(formatMessage)).toEqual([
      'content/topic-corpus/dev.yaml:13:3: [1].lean: is given exactly when diffusion-vs-ar is among the topics.\n  fix: give the field a value that src/schemas/topic-corpus.ts accepts (every field is described there)',
    ]);
  });

  it('leaves the rules to decide alone in a project without a corpus', async () => {
    expect(await trainCorpusModel([], new URL('../../fixtures/check-clean', import.meta.url).pathname)).toBeUndefined();
  });
});
