import { describe, expect, it } from 'vitest';
import { createTermFinder } from '../../../src/knowledge/search-terms.ts';
import { readSynonymsFile } from '../../../src/format/synonyms-file.ts';

const root = new URL('../../..', import.meta.url).pathname;
const find = createTermFinder((await readSynonymsFile(root)).groups);

describe('the synonyms a page adds to the search index (content/search/synonyms.yaml)', () => {
  it.each([
    { text: 'A fast text-to-speech model.', terms: ['TTS', 'speech synthesis'] },
    { text: 'FastSpeech: Fast, Robust and Controllable Text to Speech', terms: ['TTS', 'text-to-speech', 'speech synthesis'] },
    { text: 'Autoregressive TTS is slow; our TTS model is not.', terms: ['text-to-speech', 'speech synthesis', 'AR'] },
    { text: 'We cache the key-value pairs of LLMs.', terms: ['large language model'] },
    { text: 'A Non-Autoregressive Transformer for audio.', terms: ['NAR'] },
    { text: 'A vector quantised variational autoencoder.', terms: ['VQ', 'vector quantization', 'vector quantized', 'vector quantisation'] },
    { text: 'The ar of a word, a partial order, arbitrary lengths.', terms: [] },
  ])('$text → $terms', ({ text, terms }) => {
    expect(find(text)).toEqual(terms);
  });
});
