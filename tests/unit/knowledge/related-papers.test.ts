import { stemmer } from 'stemmer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/knowledge/paper.ts';
import { RELATED_LIMIT, relatedPapers, type RelatedPaper } from '../../../src/knowledge/related-papers.ts';
import { STOP_WORDS } from '../../../src/knowledge/stop-words.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';
import { contentPapers } from './content.ts';
import { paper } from './made-paper.ts';

/** The seed's papers by a distinctive start of their slug. */
const FASTSPEECH = 'fastspeech-fast-robust-and-controllable-text-to-speech';
const FASTSPEECH_2 = 'fastspeech-2-fast-and-high-quality-end-to-end-text-to-speech';
const LANTERN = 'lantern-accelerating-visual-autoregressive-models-with';
const CONTINUOUS_SD = 'continuous-speculative-decoding-for-autoregressive-image';
const S2D = 's2d-sorted-speculative-decoding-for-more-efficient';
const FLEXVAR = 'flexvar-flexible-visual-autoregressive-modeling-without';
const M_VAR = 'm-var-decoupled-scale-wise-autoregressive-modeling-for-high';
const SKIPDECODE = 'skipdecode-autoregressive-skip-decoding-with-batching-and';
const FFN_SKIPLLM = 'ffn-skipllm-a-hidden-gem-for-autoregressive-decoding-with';
const VQ_DIFFUSION = 'vector-quantized-diffusion-model-for-text-to-image-synthesis';
const GLOBAL_CONTEXT = 'global-context-with-discrete-diffusion-in-vector-quantised';
const CONTRASTIVE_SEARCH = 'contrastive-search-is-what-you-need-for-neural-text';
const MOMENTUM = 'momentum-decoding-open-ended-text-generation-as-graph';
const GROUNDED = 'grounded-decoding-guiding-text-generation-with-grounded';
const CARP = 'carp-visuomotor-policy-learning-via-coarse-to-fine';
const ABSORBING = 'your-absorbing-discrete-diffusion-secretly-models-the';
const MASKED_DIFFUSION = 'scaling-up-masked-diffusion-models-on-text';
const MOBILESPEECH = 'mobilespeech-a-fast-and-high-fidelity-framework-for-mobile';
const MEGA_TTS = 'mega-tts-zero-shot-text-to-speech-at-scale-with-intrinsic';
const HIERSPEECH = 'hierspeech-bridging-the-gap-between-semantic-and-acoustic';
const PHEME = 'pheme-efficient-and-conversational-speech-generation';
const AERO_ENGINE_HMM = 'autoregressive-hidden-markov-models-with-partial-knowledge';
const PYGEN = 'pygen-a-collaborative-human-ai-approach-to-python-package';
const PARD = 'pard-permutation-invariant-autoregressive-diffusion-for';
const AUTOTIMES = 'autotimes-autoregressive-time-series-forecasters-via-large';
const MATH_VALUE_MODELS = 'token-supervised-value-models-for-enhancing-mathematical';
const TTS = [FASTSPEECH, FASTSPEECH_2, MOBILESPEECH, MEGA_TTS, HIERSPEECH, PHEME];

let papers: Paper[];
let related: Map<PaperSlug, RelatedPaper[]>;
const listOf = (slug: string): string[] => related.get(slug as PaperSlug)!.map((entry) => entry.paper);
const rankOf = (slug: string, other: string): number => listOf(slug).indexOf(other) + 1 || Infinity;

beforeAll(async () => {
  papers = await contentPapers();
  related = relatedPapers(papers);
});

describe('related papers on the seed: pairs a reader would call related', () => {
  // [a, b, rank]: each is within the other's top `rank`. The reasons are what the two abstracts share.
  it.each([
    [FASTSPEECH, FASTSPEECH_2, 1], // FastSpeech 2 fixes FastSpeech's teacher-student distillation
    [LANTERN, CONTINUOUS_SD, 3], // speculative decoding for autoregressive image generation
    [FLEXVAR, M_VAR, 1], // both rework VAR's next-scale prediction on ImageNet
    [SKIPDECODE, FFN_SKIPLLM, 1], // both skip layers while an LLM decodes, with KV caching in mind
    [VQ_DIFFUSION, GLOBAL_CONTEXT, 1], // discrete diffusion over vector-quantized image tokens
    [CONTRASTIVE_SEARCH, MOMENTUM, 1], // decoding methods against degeneration in open-ended text generation
    [GROUNDED, CARP, 2], // generating robot actions with a policy
    [ABSORBING, MASKED_DIFFUSION, 3], // absorbing / masked discrete diffusion language models
  ])('%s and %s are in each other’s top %i', (a, b, rank) => {
    expect(rankOf(a, b), `${a}: ${listOf(a).join(', ')}`).toBeLessThanOrEqual(rank);
    expect(rankOf(b, a), `${b}: ${listOf(b).join(', ')}`).toBeLessThanOrEqual(rank);
  });

  it('gives S2D (speculative decoding for LLMs) the two visual speculative-decoding papers first', () => {
    expect(listOf(S2D).slice(0, 2).sort()).toEqual([CONTINUOUS_SD, LANTERN].sort());
  });

  it('keeps the zero-shot TTS papers together: each has at least two of the others in its list', () => {
    for (const slug of [MOBILESPEECH, MEGA_TTS, HIERSPEECH, PHEME]) {
      const others = listOf(slug).filter((other) => TTS.includes(other));
      expect(others.length, `${slug}: ${listOf(slug).join(', ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('names the words that tie them, as the abstracts write them', () => {
    const entry = related.get(FASTSPEECH as PaperSlug)!.find((item) => item.paper === FASTSPEECH_2)!;
    expect(entry.terms).toContain('FastSpeech');
    expect(entry.terms).toContain('speech');
    const lantern = related.get(LANTERN as PaperSlug)!.find((item) => item.paper === CONTINUOUS_SD)!;
    expect(lantern.terms).toContain('speculative');
  });
});

describe('related papers on the seed: unrelated fields stay apart', () => {
  it.each([
    [AERO_ENGINE_HMM, TTS],
    [PYGEN, TTS],
    [PARD, TTS],
    [AUTOTIMES, TTS],
    [MATH_VALUE_MODELS, TTS],
    [FLEXVAR, TTS],
    [AERO_ENGINE_HMM, [LANTERN, CONTINUOUS_SD, FLEXVAR, M_VAR]],
  ])('%s and %j never list each other', (slug, others) => {
    expect(listOf(slug).filter((other) => others.includes(other))).toEqual([]);
    for (const other of others) expect(listOf(other)).not.toContain(slug);
  });
});

describe('related papers: what every list holds', () => {
  it('lists at most five other papers, best first, never the paper itself', () => {
    for (const paper of papers) {
      const list = related.get(paper.slug)!;
      expect(list.length).toBeLessThanOrEqual(RELATED_LIMIT);
      expect(list.map((entry) => entry.paper)).not.toContain(paper.slug);
      expect(new Set(list.map((entry) => entry.paper)).size).toBe(list.length);
      expect(list.map((entry) => entry.score)).toEqual([...list.map((entry) => entry.score)].sort((a, b) => b - a));
    }
  });

  it('ties each pair with 2 to 4 words both papers use, none of them a stop word', () => {
    // Every word of a paper, and every hyphenated compound written solid ("Auto-Regressive" is "autoregressive").
    const wordsOf = (text: string): string[] => [...(text.match(/[\p{L}\p{N}]+/gu) ?? []), ...(text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []).map((word) => word.replace(/-/g, ''))];
    const stems = new Map(papers.map((paper) => [paper.slug, new Set(wordsOf(`${paper.title} ${paper.abstract}`.toLowerCase()).map((word) => stemmer(word)))]));
    for (const paper of papers) {
      for (const entry of related.get(paper.slug)!) {
        expect(entry.terms.length).toBeGreaterThanOrEqual(2);
        expect(entry.terms.length).toBeLessThanOrEqual(4);
        for (const term of entry.terms) {
          const stem = stemmer(term.toLowerCase().replace('-', ''));
          expect(STOP_WORDS.has(term.toLowerCase()), term).toBe(false);
          expect(stems.get(paper.slug)!.has(stem) && stems.get(entry.paper)!.has(stem), `${term} in ${paper.slug} and ${entry.paper}`).toBe(true);
        }
      }
    }
  });

  it('scores a pair the same from both sides, and gives the same lists on every run', () => {
    for (const [slug, list] of related) {
      for (const entry of list) {
        const back = related.get(entry.paper)!.find((item) => item.paper === slug);
        if (back) expect(back.score).toBe(entry.score);
      }
    }
    expect(relatedPapers(papers)).toEqual(related);
  });

  it('finds nothing for a lone paper, and nothing between papers that share no word', () => {
    expect(relatedPapers([paper('a', 'Speculative decoding', 'Draft tokens are verified.')]).get('a' as PaperSlug)).toEqual([]);
    const apart = relatedPapers([paper('a', 'Speculative decoding', 'Draft tokens verified quickly.'), paper('b', 'Jet engine prognostics', 'Hidden Markov turbines degrade.')]);
    expect([...apart.values()]).toEqual([[], []]);
  });
});
