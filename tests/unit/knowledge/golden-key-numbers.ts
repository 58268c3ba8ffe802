import type { KeyNumber } from '../../../src/knowledge/key-numbers.ts';

/** A key number as judged by hand, with the exact words of the abstract that state it. */
export type GoldenNumber = Omit<KeyNumber, 'sentence' | 'sentenceStart'> & { says: string };

interface Judgement {
  /** Every number the abstract claims, in reading order. */
  numbers: GoldenNumber[];
  /** Numbers in the abstract that are not key numbers, and why; written down so a rule change that reads them shows here. */
  traps?: string;
}

const B = 1e9;

/**
 * Every key number of the 69 seed abstracts, judged by reading each abstract
 * (content/papers/<slug>.mdx), not by running the extractor. Keyed by slug.
 * `says` is quoted from the abstract; `compared` is what the sentence itself
 * names as the baseline. A paper with no numbers says which numbers in its
 * abstract are traps (versions, years, resolutions, list numbering, counts
 * of things that are not a claim).
 */
export const goldenKeyNumbers: Record<string, Judgement> = {
  '2-olmo-2-furious': {
    numbers: [
      { kind: 'scale', value: 7 * B, unit: 'parameters', says: 'models at 7B and 13B scales' },
      { kind: 'scale', value: 13 * B, unit: 'parameters', says: 'models at 7B and 13B scales' },
    ],
    traps: 'versions: OLMo 2, Dolmino Mix 1124, Tülu 3, Llama 3.1, Qwen 2.5, Gemma 2',
  },
  'arlon-boosting-diffusion-transformers-with-autoregressive': {
    numbers: [],
    traps: 'list numbering 1) 2) 3); "eight out of eleven metrics" in words; version OpenSora-V1.2',
  },
  'autoregressive-hidden-markov-models-with-partial-knowledge': { numbers: [], traps: 'a year: "in 2016"' },
  'autoregressive-models-in-vision-a-survey': { numbers: [], traps: '"about 250 related references" counts references; 3D' },
  'autoregressive-search-engines-generating-substrings-as': {
    numbers: [
      {
        kind: 'improvement',
        value: 10,
        unit: 'points',
        bound: 'at least',
        compared: 'more established retrieval solutions',
        says: 'an average improvement of at least 10 points over more established retrieval solutions',
      },
    ],
  },
  'autotimes-autoregressive-time-series-forecasters-via-large': {
    numbers: [
      {
        kind: 'speedup',
        value: 5,
        unit: '×',
        bound: 'over',
        compared: 'advanced LLM-based forecasters',
        says: 'over 5× training/inference speedup compared to advanced LLM-based forecasters',
      },
    ],
    traps: '"0.1% trainable parameters" is a share of parameters, not an improvement',
  },
  'bamm-bidirectional-autoregressive-motion-model': { numbers: [], traps: 'list numbering (1) (2); HumanML3D; 3D' },
  'can-ai-be-as-creative-as-humans': { numbers: [] },
  'carp-visuomotor-policy-learning-via-coarse-to-fine': {
    numbers: [
      { kind: 'improvement', value: 10, unit: '%', bound: 'up to', says: 'with up to a 10% improvement' },
      { kind: 'speedup', value: 10, unit: '×', compared: 'state-of-the-art policies', says: 'delivers 10x faster inference compared to state-of-the-art policies' },
    ],
  },
  'cheaply-evaluating-inference-efficiency-metrics-for': { numbers: [], traps: 'list numbering (i) (ii); "ten state-of-the-art LLMs" in words' },
  'cognitively-inspired-energy-based-world-models': { numbers: [], traps: 'a name with a number: "System 2 thinking"' },
  'context-perception-parallel-decoder-for-scene-text': {
    numbers: [
      { kind: 'speedup', value: 8, unit: '×', bound: 'about', compared: 'their AR-based counterparts', says: 'running approximately 8x faster than their AR-based counterparts' },
    ],
  },
  'continuous-speculative-decoding-for-autoregressive-image': {
    numbers: [{ kind: 'speedup', value: 2.33, unit: '×', says: 'achieves a remarkable 2.33× speed-up on off-the-shelf models' }],
  },
  'contrastive-search-is-what-you-need-for-neural-text': {
    numbers: [],
    traps: 'counts of languages ("16 major languages", "12 out of the 16"); version GPT-2',
  },
  'controlar-controllable-image-generation-with-autoregressive': { numbers: [], traps: 'ControlNet++' },
  'cook-empowering-general-purpose-language-models-with-modular': { numbers: [], traps: '"six benchmark datasets" in words' },
  'cosmo-contrastive-streamlined-multimodal-model-with': {
    numbers: [],
    traps:
      '"34% learnable parameters" and "72% of the available data" are shares, not improvements; "from 57.2% to 65.%" lost its decimal, so the result cannot be read; 4-shot; 14 datasets',
  },
  'ddsp-differentiable-digital-signal-processing': { numbers: [] },
  'diffusion-beats-autoregressive-an-evaluation-of': { numbers: [], traps: 'version DALL-E3' },
  'direct-discriminative-optimization-your-likelihood-based': {
    numbers: [
      { kind: 'metric', value: 1.3, unit: 'FID', compared: '1.79', says: 'reducing FID scores from 1.79/1.58 to new records of 1.30/0.97 on CIFAR-10/ImageNet-64' },
      { kind: 'metric', value: 0.97, unit: 'FID', compared: '1.58', says: 'reducing FID scores from 1.79/1.58 to new records of 1.30/0.97 on CIFAR-10/ImageNet-64' },
    ],
    traps: '"less than 1% of pretraining epochs" is a cost, not an improvement; resolution 256×256; dataset names CIFAR-10, ImageNet-64',
  },
  'distilled-decoding-1-one-step-sampling-of-image-auto': {
    numbers: [
      { kind: 'speedup', value: 6.3, unit: '×', says: 'DD enables one-step generation (6.3× speed-up)' },
      { kind: 'metric', value: 9.96, unit: 'FID', compared: '4.19', says: 'an acceptable increase in FID from 4.19 to 9.96' },
      { kind: 'speedup', value: 217.8, unit: '×', says: 'achieving an 217.8× speed-up' },
      { kind: 'metric', value: 11.35, unit: 'FID', compared: '4.11', says: 'a comparable FID increase from 4.11 to 11.35' },
      { kind: 'metric', value: 28.95, unit: 'FID', compared: '25.70', says: 'minimal FID increase from 25.70 to 28.95' },
    ],
    traps: 'step counts ("10-step", "from 256 steps to 1"); the baselines\' "FID>100"; ImageNet-256',
  },
  'drivingworld-constructing-world-model-for-autonomous-driving': {
    numbers: [],
    traps: '"over 40 seconds" and "over 2 times longer" describe clip length, not speed',
  },
  'e-car-efficient-continuous-autoregressive-image-generation': {
    numbers: [{ kind: 'speedup', value: 5, unit: '×', says: 'requiring 10× FLOPs reduction and 5× speedup' }],
    traps: 'list numbering (1) (2); "10× FLOPs reduction" is compute, not speed; citation [2023]; resolution 256×256',
  },
  'elucidating-the-design-space-of-language-models-for-image': { numbers: [], traps: 'resolution "256*256"' },
  'energy-based-diffusion-language-models-for-text-generation': {
    numbers: [{ kind: 'speedup', value: 1.3, unit: '×', compared: 'existing diffusion models', says: 'a 1.3× sampling speedup over existing diffusion models' }],
  },
  'faster-re-translation-using-non-autoregressive-model-for': {
    numbers: [
      { kind: 'speedup', value: 20, unit: '×', compared: 'the ReTA model', says: 'reduces the average computation time by a factor of 20 when compared to the ReTA model' },
      { kind: 'speedup', value: 1.5, unit: '×', says: 'computation time (1.5 times lower)' },
    ],
  },
  'fastspeech-2-fast-and-high-quality-end-to-end-text-to-speech': {
    numbers: [{ kind: 'speedup', value: 3, unit: '×', compared: 'FastSpeech', says: 'FastSpeech 2 achieves a 3x training speed-up over FastSpeech' }],
    traps: 'list numbering 1) 2); the name FastSpeech 2 / 2s',
  },
  'fastspeech-fast-robust-and-controllable-text-to-speech': {
    numbers: [
      { kind: 'speedup', value: 270, unit: '×', compared: 'autoregressive Transformer TTS', says: 'speeds up mel-spectrogram generation by 270x' },
      { kind: 'speedup', value: 38, unit: '×', compared: 'autoregressive Transformer TTS', says: 'the end-to-end speech synthesis by 38x' },
    ],
    traps: 'version Tacotron 2',
  },
  'ffn-skipllm-a-hidden-gem-for-autoregressive-decoding-with': {
    numbers: [],
    traps: '"10-15% of layers" and "25-30% of FFN blocks" are shares skipped, not improvements',
  },
  'flexvar-flexible-visual-autoregressive-modeling-without': {
    numbers: [
      { kind: 'scale', value: 1 * B, unit: 'parameters', says: 'Our 1.0B model' },
      { kind: 'metric', value: 2.08, unit: 'FID', says: 'the performance further improves to 2.08 FID' },
    ],
    traps:
      'margins "by 0.25/0.28 FID" and "by 1.52/0.19 FID" are differences; the baseline\'s "VAR 2.3B model"; list numbering (1) (2) (3); "≤ 256px"; resolutions 256×256, 512×512; "13 steps"',
  },
  'flover-a-temporal-fusion-framework-for-efficient': {
    numbers: [
      {
        kind: 'speedup',
        value: 11,
        unit: '×',
        bound: 'over',
        compared: 'the cutting-edge solutions provided by NVIDIA FasterTransformer',
        says: 'over 11x inference speedup on GPT',
      },
      {
        kind: 'speedup',
        value: 16,
        unit: '×',
        compared: 'the cutting-edge solutions provided by NVIDIA FasterTransformer',
        says: '16x on LLAMA compared to the cutting-edge solutions provided by NVIDIA FasterTransformer',
      },
    ],
  },
  'galip-generative-adversarial-clips-for-text-to-image': {
    numbers: [{ kind: 'speedup', value: 120, unit: '×', says: 'our model achieves 120 times faster synthesis speed' }],
    traps: 'list numbering 1) 2) 3); "3% training data and 6% learnable parameters" are shares, not improvements',
  },
  'generative-marginalization-models': { numbers: [], traps: '"orders of magnitude speedup" has no number' },
  'global-context-with-discrete-diffusion-in-vector-quantised': { numbers: [] },
  'grounded-decoding-guiding-text-generation-with-grounded': { numbers: [] },
  'hierspeech-bridging-the-gap-between-semantic-and-acoustic': { numbers: [], traps: 'sample rates "from 16 kHz to 48 kHz"' },
  'ladic-are-diffusion-models-really-inferior-to-autoregressive': {
    numbers: [
      { kind: 'metric', value: 38.2, unit: 'BLEU@4', says: 'with 38.2 BLEU@4 and 126.2 CIDEr' },
      { kind: 'metric', value: 126.2, unit: 'CIDEr', says: 'with 38.2 BLEU@4 and 126.2 CIDEr' },
    ],
  },
  'lantern-accelerating-visual-autoregressive-models-with': {
    numbers: [
      {
        kind: 'speedup',
        value: 1.75,
        unit: '×',
        compared: 'a naïve application of the state-of-the-art speculative decoding',
        says: 'LANTERN increases speed-ups by 1.75× and 1.76×',
      },
      {
        kind: 'speedup',
        value: 1.76,
        unit: '×',
        compared: 'a naïve application of the state-of-the-art speculative decoding',
        says: 'LANTERN increases speed-ups by 1.75× and 1.76×',
      },
    ],
    traps: '"as compared to greedy decoding and random sampling, respectively" names the sampling set-ups, not the baseline',
  },
  'larp-tokenizing-videos-with-a-learned-autoregressive': { numbers: [], traps: 'dataset name UCF101; "state-of-the-art FVD" has no number' },
  'lumina-mgpt-illuminate-flexible-photorealistic-text-to-image': { numbers: [] },
  'm-var-decoupled-scale-wise-autoregressive-modeling-for-high': {
    numbers: [
      { kind: 'scale', value: 1.5 * B, unit: 'parameters', says: 'our 1.5B model' },
      { kind: 'metric', value: 1.78, unit: 'FID', says: 'registers 1.78 FID on ImageNet 256×256' },
    ],
    traps: 'the baseline VAR-d30-2B; model name M-VAR-d32; margins "by 0.4/0.19" and "by 1.82/0.49"; resolution 256×256',
  },
  'masked-audio-generation-using-a-single-non-autoregressive': {
    numbers: [{ kind: 'speedup', value: 7, unit: '×', compared: 'the autoregressive baseline', says: 'x7 faster than the autoregressive baseline' }],
  },
  'mega-tts-zero-shot-text-to-speech-at-scale-with-intrinsic': {
    numbers: [{ kind: 'scale', value: 20_000, unit: 'hours', says: 'with 20K hours of speech' }],
    traps: 'list numbering 1) 2) 3)',
  },
  'meissonic-revitalizing-masked-generative-transformers-for': { numbers: [], traps: 'resolution "1024 times 1024"' },
  'mgpt-few-shot-learners-go-multilingual': {
    numbers: [
      { kind: 'scale', value: 1.3 * B, unit: 'parameters', says: 'with 1.3 billion and 13 billion parameters' },
      { kind: 'scale', value: 13 * B, unit: 'parameters', says: 'with 1.3 billion and 13 billion parameters' },
    ],
    traps: '"60 languages from 25 language families" counts languages; versions GPT-3, GPT-2',
  },
  'mirasol3b-a-multimodal-autoregressive-model-for-time-aligned': { numbers: [], traps: 'the name Mirasol3B' },
  'mobilespeech-a-fast-and-high-fidelity-framework-for-mobile': {
    numbers: [{ kind: 'metric', value: 0.09, unit: 'RTF', says: 'MobileSpeech achieves RTF of 0.09 on a single A100 GPU' }],
    traps: 'list numbering 1) 2); the GPU name A100',
  },
  'mogo-rq-hierarchical-causal-transformer-for-high-quality-3d': {
    numbers: [{ kind: 'metric', value: 0.079, unit: 'FID', says: 'Mogo achieves a FID score of 0.079' }],
    traps:
      'the baselines\' own scores in brackets ("T2M-GPT (FID = 0.116)", "(FID = 0.112)", "(FID = 0.080)"); clip lengths "260 frames (13 seconds)", "196 frames (10 seconds)"; list numbering 1) 2); 3D',
  },
  'momentum-decoding-open-ended-text-generation-as-graph': { numbers: [] },
  'owsm-ctc-an-open-encoder-only-speech-foundation-model-for': {
    numbers: [
      { kind: 'scale', value: 180_000, unit: 'hours', says: 'trained on 180k hours of public audio data' },
      { kind: 'improvement', value: 25, unit: '%', bound: 'up to', compared: 'encoder-decoder OWSM', says: 'up to 25% relative improvement on ST' },
      { kind: 'speedup', value: 3, upper: 4, unit: '×', compared: 'encoder-decoder OWSM', says: '3 to 4 times faster for inference' },
      { kind: 'speedup', value: 20, unit: '×', says: 'improves the long-form ASR result with 20x speed-up' },
    ],
  },
  'pangu-alpha-large-scale-autoregressive-pretrained-chinese': {
    numbers: [
      { kind: 'scale', value: 200 * B, unit: 'parameters', bound: 'up to', says: 'with up to 200 billion parameters' },
      { kind: 'scale', value: 1.1e12, unit: 'bytes', says: 'we collect 1.1TB high-quality Chinese data' },
    ],
    traps: '"hundreds of billions parameters" has no number; "2048 Ascend 910 AI processors" counts hardware (and names a chip); versions GPT-3',
  },
  'pard-permutation-invariant-autoregressive-diffusion-for': {
    numbers: [],
    traps: '"1.9M molecules" is the size of someone else\'s dataset (MOSES)',
  },
  'pheme-efficient-and-conversational-speech-generation': {
    numbers: [],
    traps: 'list numbering 1) 2) 3) 4); "cutting data demands by more than 10x" is data, not speed',
  },
  'policy-guided-diffusion': { numbers: [] },
  'pygen-a-collaborative-human-ai-approach-to-python-package': { numbers: [] },
  's2d-sorted-speculative-decoding-for-more-efficient': {
    numbers: [],
    traps: 'sizes that name other models: "Vicuna 7B, 13B, and LLama Chat 70B"',
  },
  'scaling-autoregressive-models-for-content-rich-text-to-image': {
    numbers: [
      { kind: 'scale', value: 20 * B, unit: 'parameters', bound: 'up to', says: 'up to 20B parameters' },
      { kind: 'metric', value: 7.23, unit: 'FID', says: 'zero-shot FID score of 7.23' },
      { kind: 'metric', value: 3.22, unit: 'FID', says: 'finetuned FID score of 3.22 on MS-COCO' },
    ],
    traps: '"over 1600 English prompts" counts prompts; PartiPrompts (P2)',
  },
  'scaling-up-masked-diffusion-models-on-text': {
    numbers: [
      { kind: 'scale', value: 1.1 * B, unit: 'parameters', bound: 'up to', says: 'with up to 1.1 billion (B) parameters' },
      { kind: 'speedup', value: 1.4, unit: '×', says: 'while being 1.4 times faster during sampling' },
    ],
    traps:
      'sizes that name models ("the 1.1B TinyLlama", "the 7B Llama-2", "13B Llama-2 and 175B GPT-3", "a 1.1B MDM"); "16 times more pre-training time" is a cost; "four of eight" in words',
  },
  'semi-parametric-neural-image-synthesis': { numbers: [] },
  'sequencematch-imitation-learning-for-autoregressive-sequence': { numbers: [], traps: 'SequenceMatch-chi^2' },
  'shall-we-pretrain-autoregressive-language-models-with': {
    numbers: [
      { kind: 'scale', value: 9.5 * B, unit: 'parameters', bound: 'up to', says: 'reproduce RETRO up to 9.5B parameters' },
      { kind: 'scale', value: 330 * B, unit: 'tokens', says: 'a text corpus with 330B tokens' },
      { kind: 'improvement', value: 8.6, unit: 'points', says: 'EM score +8.6 on Natural Question' },
    ],
    traps: 'list numbering i) ii)',
  },
  'skipdecode-autoregressive-skip-decoding-with-batching-and': {
    numbers: [
      { kind: 'speedup', value: 2, upper: 5, unit: '×', says: 'obtain 2x to 5x inference speedups' },
      { kind: 'scale', value: 1.3 * B, unit: 'parameters', says: 'OPT models of 1.3 billion and 6.7 billion parameters' },
      { kind: 'scale', value: 6.7 * B, unit: 'parameters', says: 'OPT models of 1.3 billion and 6.7 billion parameters' },
    ],
  },
  'stabilize-the-latent-space-for-image-autoregressive-modeling': { numbers: [] },
  'texttovec-deep-contextualized-neural-autoregressive-topic': {
    numbers: [],
    traps: 'list numbering (1) (2); "6 long-text and 8 short-text datasets" counts datasets',
  },
  'the-nature-of-mathematical-modeling-and-probabilistic': {
    numbers: [],
    traps: 'citation markers [33], [9], [28, 31], [17], [32], [23], [6, 7], [16]',
  },
  'to-fp8-and-back-again-quantifying-the-effects-of-reducing': { numbers: [], traps: 'formats BF16, FP16, FP8' },
  'token-supervised-value-models-for-enhancing-mathematical': { numbers: [], traps: 'dataset name GSM8K' },
  'vector-quantized-diffusion-model-for-text-to-image-synthesis': {
    numbers: [{ kind: 'speedup', value: 15, unit: '×', compared: 'traditional AR methods', says: 'fifteen times faster than traditional AR methods' }],
  },
  'your-absorbing-discrete-diffusion-secretly-models-the': {
    numbers: [{ kind: 'speedup', value: 3.5, unit: '×', bound: 'up to', says: 'RADD is up to 3.5 times faster' }],
    traps: '"5 zero-shot language modeling benchmarks" counts benchmarks; GPT-2 scale',
  },
};
