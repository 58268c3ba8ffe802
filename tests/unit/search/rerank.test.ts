import { describe, expect, it } from 'vitest';
import { queryPattern, wholeWordOrder, wholeWordTier, type RankedText } from '../../../src/client/rerank.ts';

const text = (fields: Partial<RankedText>): RankedText => ({ name: '', body: '', nameTerms: '', terms: '', ...fields });

describe('whole-word re-ranking of the first results', () => {
  it.each([
    {
      query: 'FID',
      results: [
        text({ name: 'MobileSpeech: A Fast and High-Fidelity Framework for Mobile Zero-Shot Text-to-Speech' }),
        text({ name: 'FlexVAR: Flexible Visual Autoregressive Modeling', body: 'improves to 2.08 FID on ImageNet' }),
      ],
      order: [1, 0],
    },
    {
      query: 'Parti',
      results: [
        text({ name: 'Autoregressive Hidden Markov Models with partial knowledge', body: 'a partially-hidden Markov model' }),
        text({ name: 'Scaling Autoregressive Models for Content-Rich Text-to-Image Generation', body: 'We present Parti, a model' }),
      ],
      order: [1, 0],
    },
    {
      query: 'AR',
      results: [
        text({ name: 'AutoTimes', body: 'generates predictions with arbitrary lengths', terms: 'AR' }),
        text({ name: 'Continuous Speculative Decoding', body: 'Continuous-valued Autoregressive (AR) image generation' }),
      ],
      order: [1, 0],
    },
    {
      query: 'LLM',
      results: [
        text({ name: 'AutoTimes', body: 'leveraging large language models (LLM) for time series; LLMs' }),
        text({ name: 'To FP8 and Back Again: Quantifying the Effects of Reducing Precision on LLM Training Stability' }),
      ],
      order: [1, 0],
    },
    {
      query: 'NAR',
      results: [
        text({ name: 'FastSpeech 2', body: 'a non-autoregressive model', terms: 'NAR' }),
        text({ name: 'Faster Re-translation Using Non-Autoregressive Model', nameTerms: 'NAR' }),
      ],
      order: [1, 0],
    },
    {
      query: 'KV cache',
      results: [text({ body: 'quantization of key-value (KV) cache for attention' }), text({ name: 'Cache-friendly', body: 'KV' })],
      order: [0, 1],
    },
    {
      query: 'specul',
      results: [text({ name: 'S2D: Sorted Speculative Decoding' }), text({ name: 'LANTERN', body: 'speculative decoding' })],
      order: [0, 1],
    },
  ])('"$query" puts whole-word matches first: $order', ({ query, results, order }) => {
    expect(wholeWordOrder(query, results)).toEqual(order);
  });

  it.each([
    { query: 'large language model', result: text({ name: 'AutoTimes: Forecasters via Large Language Models' }), tier: 7 },
    { query: 'large language model', result: text({ name: 'PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models' }), tier: 6 },
    { query: 'large language model', result: text({ body: 'large language model (LLM) pretraining' }), tier: 5 },
    { query: 'TTS', result: text({ name: 'FastSpeech: Text to Speech', nameTerms: 'TTS; text-to-speech' }), tier: 4 },
    { query: 'speech synthesis', result: text({ body: 'our TTS model', terms: 'text-to-speech; speech synthesis' }), tier: 3 },
    { query: 'speech synthesis', result: text({ body: 'synthesis of speech' }), tier: 2 },
    { query: 'speech synthesis', result: text({ body: 'audio synthesis' }), tier: 1 },
    { query: 'FID', result: text({ name: 'High-Fidelity' }), tier: 0 },
  ])('"$query" in $result is tier $tier', ({ query, result, tier }) => {
    expect(wholeWordTier(queryPattern(query), result)).toBe(tier);
  });
});
