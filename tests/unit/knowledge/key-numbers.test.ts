import { describe, expect, it } from 'vitest';
import { extractKeyNumbers, headlineKeyNumber, type KeyNumber } from '../../../src/knowledge/key-numbers.ts';
import { cpuTime } from '../cpu-time.ts';
import { contentPapers } from './content.ts';

/** What a reader of the list would see: the number without its sentence. */
const read = (text: string) => extractKeyNumbers(text).map(({ sentence: _sentence, sentenceStart: _start, ...number }) => number);

describe('speed-ups', () => {
  it.each<[string, Partial<KeyNumber>[]]>([
    ['Our decoder achieves a remarkable 2.33× speed-up on off-the-shelf models.', [{ kind: 'speedup', value: 2.33, unit: '×' }]],
    ['It delivers 10x faster inference compared to state-of-the-art policies.', [{ value: 10, compared: 'state-of-the-art policies' }]],
    ['It is 10X faster.', [{ value: 10 }]],
    ['It is significantly faster (x7 faster than the autoregressive baseline).', [{ value: 7, compared: 'the autoregressive baseline' }]],
    ['It is 3 to 4 times faster for inference.', [{ value: 3, upper: 4 }]],
    ['SkipDecode can obtain 2x to 5x inference speedups.', [{ value: 2, upper: 5 }]],
    ['The model runs 3–4× faster.', [{ value: 3, upper: 4 }]],
    ['RADD is up to 3.5 times faster while achieving similar performance with the strongest baseline.', [{ value: 3.5, bound: 'up to' }]],
    ['It gives over 5× training/inference speedup compared to advanced forecasters.', [{ value: 5, bound: 'over', compared: 'advanced forecasters' }]],
    ['CPPD runs approximately 8x faster than its AR-based counterparts.', [{ value: 8, bound: 'about', compared: 'its AR-based counterparts' }]],
    ['The model is fifteen times faster than traditional AR methods.', [{ value: 15, compared: 'traditional AR methods' }]],
    ['We see a 3-fold speed-up.', [{ value: 3 }]],
    ['Our model speeds up mel-spectrogram generation by 270x and the end-to-end speech synthesis by 38x.', [{ value: 270 }, { value: 38 }]],
    ['LANTERN increases speed-ups by 1.75× and 1.76×, as compared to greedy decoding and random sampling, respectively.', [{ value: 1.75 }, { value: 1.76 }]],
    [
      'Compared with autoregressive Transformer TTS, our model speeds up generation by 270x.',
      [{ value: 270, compared: 'autoregressive Transformer TTS' }],
    ],
    [
      'It brings over 11x inference speedup on GPT and 16x on LLAMA compared to the solutions provided by NVIDIA.',
      [
        { value: 11, bound: 'over', compared: 'the solutions provided by NVIDIA' },
        { value: 16, compared: 'the solutions provided by NVIDIA' },
      ],
    ],
    ['It offers a 1.3× sampling speedup over existing diffusion models.', [{ value: 1.3, compared: 'existing diffusion models' }]],
    ['It reduces the average computation time by a factor of 20 when compared to the ReTA model by incurring a small drop.', [{ value: 20, compared: 'the ReTA model' }]],
    ['It wins in computation time (1.5 times lower) and quality.', [{ value: 1.5 }]],
    ['Decoding gets a speedup of 2.5× on a single GPU.', [{ value: 2.5 }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected.map((number) => expect.objectContaining({ kind: 'speedup', unit: '×', ...number })));
  });

  it('keeps a range, a bound and what it is compared with, and nothing it does not say', () => {
    expect(read('Compared to encoder-decoder OWSM, it is up to 3 to 4 times faster for inference.')).toEqual([
      { kind: 'speedup', value: 3, upper: 4, unit: '×', bound: 'up to', compared: 'encoder-decoder OWSM' },
    ]);
    expect(read('The model is 2x faster.')).toEqual([{ kind: 'speedup', value: 2, unit: '×' }]);
  });
});

describe('quality metrics', () => {
  it.each<[string, Partial<KeyNumber>[]]>([
    ['The performance further improves to 2.08 FID, outperforming AiM.', [{ value: 2.08, unit: 'FID' }]],
    ['It registers 1.78 FID on ImageNet 256×256.', [{ value: 1.78, unit: 'FID' }]],
    ['Parti reaches a zero-shot FID score of 7.23 and finetuned FID score of 3.22 on MS-COCO.', [{ value: 7.23, unit: 'FID' }, { value: 3.22, unit: 'FID' }]],
    ['LaDiC reaches 38.2 BLEU@4 and 126.2 CIDEr on COCO.', [{ value: 38.2, unit: 'BLEU@4' }, { value: 126.2, unit: 'CIDEr' }]],
    ['MobileSpeech achieves RTF of 0.09 on a single A100 GPU.', [{ value: 0.09, unit: 'RTF' }]],
    ['DD has an acceptable increase in FID from 4.19 to 9.96.', [{ value: 9.96, unit: 'FID', compared: '4.19' }]],
    [
      'It reduces FID scores from 1.79/1.58 to new records of 1.30/0.97 on CIFAR-10/ImageNet-64 datasets.',
      [
        { value: 1.3, unit: 'FID', compared: '1.79' },
        { value: 0.97, unit: 'FID', compared: '1.58' },
      ],
    ],
    ['The policy reaches 85.3% accuracy on the test split.', [{ value: 85.3, unit: '% accuracy' }]],
    ['It achieves a success rate of 71% on real robots.', [{ value: 71, unit: '% success rate' }]],
    ['The system reaches a WER of 5.2% on LibriSpeech.', [{ value: 5.2, unit: '% WER' }]],
    ['Listeners rate it with a MOS of 4.21.', [{ value: 4.21, unit: 'MOS' }]],
    ['The video model gets an FVD of 242 on UCF101.', [{ value: 242, unit: 'FVD' }]],
    ['It reaches an IS of 302.6 and 1.9 FID.', [{ value: 302.6, unit: 'IS' }, { value: 1.9, unit: 'FID' }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected.map((number) => expect.objectContaining({ kind: 'metric', ...number })));
  });
});

describe('improvements', () => {
  it.each<[string, Partial<KeyNumber>[]]>([
    ['Compared to OWSM, it achieves up to 25% relative improvement on ST.', [{ value: 25, unit: '%', bound: 'up to', compared: 'OWSM' }]],
    ['CARP achieves competitive success rates, with up to a 10% improvement.', [{ value: 10, unit: '%', bound: 'up to' }]],
    [
      'It leads to an average improvement of at least 10 points over established retrieval solutions for passage retrieval.',
      [{ value: 10, unit: 'points', bound: 'at least', compared: 'established retrieval solutions' }],
    ],
    ['The verifier improves accuracy by 5.2% on GSM8K.', [{ value: 5.2, unit: '%' }]],
    ['RETRO++ improves QA results (e.g., EM score +8.6 on Natural Question).', [{ value: 8.6, unit: 'points' }]],
    ['The new reranker gives +2.1 BLEU on WMT.', [{ value: 2.1, unit: 'points' }]],
    ['We see a 3.4% gain on average.', [{ value: 3.4, unit: '%' }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected.map((number) => expect.objectContaining({ kind: 'improvement', ...number })));
  });
});

describe('scale', () => {
  const B = 1e9;
  it.each<[string, Partial<KeyNumber>[]]>([
    ['We release models at 7B and 13B scales.', [{ value: 7 * B, unit: 'parameters' }, { value: 13 * B, unit: 'parameters' }]],
    ['We train two models with 1.3 billion and 13 billion parameters.', [{ value: 1.3 * B }, { value: 13 * B }]],
    ['We train MDMs with up to 1.1 billion (B) parameters.', [{ value: 1.1 * B, bound: 'up to' }]],
    ['Our 1.0B model outperforms its counterpart.', [{ value: 1 * B }]],
    ['We train a 7B-parameter model.', [{ value: 7 * B }]],
    ['It has 350M parameters.', [{ value: 350e6 }]],
    ['We use OPT models of 1.3 billion and 6.7 billion parameters.', [{ value: 1.3 * B }, { value: 6.7 * B }]],
    ['The corpus has 330B tokens.', [{ value: 330 * B, unit: 'tokens' }]],
    ['We pretrain on 2T tokens.', [{ value: 2e12, unit: 'tokens' }]],
    ['We scale to datasets with 20K hours of speech.', [{ value: 20_000, unit: 'hours' }]],
    ['It is trained on 180k hours of public audio data.', [{ value: 180_000, unit: 'hours' }]],
    ['It is trained on 60,000 hours of English speech.', [{ value: 60_000, unit: 'hours' }]],
    ['We collect 1.1TB high-quality Chinese data.', [{ value: 1.1e12, unit: 'bytes' }]],
    ['We train on 570 GB of text.', [{ value: 570e9, unit: 'bytes' }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected.map((number) => expect.objectContaining({ kind: 'scale', unit: 'parameters', ...number })));
  });
});

describe('numbers that are not key numbers', () => {
  it.each([
    // Versions and names with numbers
    ['versions', 'OLMo 2 matches Llama 3.1 and Qwen 2.5, and Tülu 3 helps OLMo 2-Instruct beat Gemma 2.'],
    ['a version before a size', 'We fine-tune Qwen 2.5 7B and Llama 3 8B on it.'],
    ['names with digits', 'GPT-3, DALL-E3, OpenSora-V1.2, Mirasol3B, ImageNet-64 and CIFAR-10 are used; System 2 thinking helps.'],
    ['a version before a claim verb', 'FastSpeech 2 achieves better quality than Tacotron 2.'],
    ['sizes of named models', 'We evaluate Vicuna 7B, 13B, and LLama Chat 70B, and beat the 7B Llama-2 model and the VAR 2.3B model.'],
    // Years
    ['years', 'This paper was published in 2016 (Smith et al., 2020) and since 2019 it is used [2023].'],
    // Resolutions
    ['resolutions', 'We generate 256×256, 512 × 512, 256x256 and 256*256 images, and 1024 times 1024 resolution images, in 1080p.'],
    ['a resolution after a multiplier word', 'It produces 1024 x 1024 images.'],
    // Citations and list numbering
    ['citation markers', 'We follow the Transformer [33] and BPE [9] with WordPiece [28, 31] and FlashAttention [6, 7].'],
    ['list numbering', 'There remain three flaws. 1) These models require data. 2) The design slows synthesis. (3) It is hard.'],
    ['roman list numbering', 'We find that i) RETRO wins and ii) it is on par.'],
    // Differences and other models' scores
    ['margins between scores', 'It outperforms AiM/VAR by 0.25/0.28 FID and LDM/DiT by 1.52/0.19 FID, respectively.'],
    ['a margin of one score', 'It beats the baseline by 0.3 FID.'],
    ['baselines given in brackets', 'It outperforms T2M-GPT (FID = 0.116) and MMM (FID = 0.080).'],
    ['an inequality', 'Baseline methods completely fail with FID>100.'],
    ['a count of iterations', 'We run 5 EM iterations.'],
    ['a metric word before a count', 'We compare the FID to 5 baselines.'],
    // Multipliers that are not speed
    ['a compute reduction', 'It needs 10× FLOPs reduction.'],
    ['more of something', 'MDMs with 16 times more pre-training time offer a trade-off.'],
    ['length, not speed', 'The clips are over 2 times longer than before.'],
    ['less data', 'It cuts data demands by more than 10x.'],
    ['fewer parameters', 'It uses 10x fewer parameters.'],
    ['a slowdown', 'It increases inference time by 2x.'],
    // Percentages that are not improvements
    ['shares', 'With 34% learnable parameters and 72% of the available data, and 0.1% trainable parameters, it needs less than 1% of pretraining epochs.'],
    ['ranges of shares', 'It skips 25-30% of FFN blocks, while early exit drops at 10-15% of layers.'],
    ['a lost decimal', 'Performance notably improves from 57.2% to 65.%.'],
    ['a cost increase', 'It comes with a 20% increase in latency.'],
    // Counts that are not scale
    ['counts', 'MOSES has 1.9M molecules; we use 2048 processors, over 1600 prompts, 13 steps and 256 tokens.'],
    ['a context length', 'The context is 4K tokens long.'],
    ['steps and seconds', 'It reduces generation from 256 steps to 1 and makes clips of 260 frames (13 seconds).'],
    ['sample rates', 'It upsamples from 16 kHz to 48 kHz.'],
    ['number words that are counts', 'We compare ten models on six benchmarks, in eight out of eleven metrics.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('sentences in the style of well-known abstracts outside the seed (paraphrased, not quoted)', () => {
  const B = 1e9;
  it.each<[string, Partial<KeyNumber>[]]>([
    ['We introduce a collection of foundation language models ranging from 7B to 65B parameters.', [{ kind: 'scale', value: 7 * B, upper: 65 * B, unit: 'parameters' }]],
    ['We release class-conditional models ranging from 111M to 3.1B parameters, and achieve 2.18 FID on ImageNet 256×256 benchmarks.', [
      { kind: 'scale', value: 111e6, upper: 3.1 * B, unit: 'parameters' },
      { kind: 'metric', value: 2.18, unit: 'FID' },
    ]],
    ['The speech model is trained on 680,000 hours of multilingual and multitask supervision.', [{ kind: 'scale', value: 680_000, unit: 'hours' }]],
    ['We train a codec language model on 60K hours of English speech data.', [{ kind: 'scale', value: 60_000, unit: 'hours' }]],
    ['It improves FID from 18.65 to 1.73, with around 20× faster inference speed.', [
      { kind: 'metric', value: 1.73, unit: 'FID', compared: '18.65' },
      { kind: 'speedup', value: 20, unit: '×', bound: 'about' },
    ]],
    ['One variant achieves over 2.2x speedup, while the other further improves the speedup to 2.3-3.6x.', [
      { kind: 'speedup', value: 2.2, unit: '×', bound: 'over' },
      { kind: 'speedup', value: 2.3, upper: 3.6, unit: '×' },
    ]],
    ['We demonstrate a 2X-3X acceleration compared to the standard T5X implementations.', [{ kind: 'speedup', value: 2, upper: 3, unit: '×', compared: 'the standard T5X implementations' }]],
    ['It uses 70B parameters and 4× more data, reaching an average accuracy of 67.5% on MMLU, greater than a 7% improvement over Gopher.', [
      { kind: 'scale', value: 70 * B, unit: 'parameters' },
      { kind: 'metric', value: 67.5, unit: '% accuracy' },
      { kind: 'improvement', value: 7, unit: '%', bound: 'over', compared: 'Gopher' },
    ]],
    ['It achieves a state-of-the-art FID of 2.27 on ImageNet 512×512 and 256×256.', [{ kind: 'metric', value: 2.27, unit: 'FID' }]],
    ['The collection was recorded from 2000 hours of speech.', [{ kind: 'scale', value: 2000, unit: 'hours' }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected.map((number) => expect.objectContaining(number)));
  });

  it('does not read a percentage speed-up, whose base is ambiguous', () => {
    expect(read('Serving frameworks achieve 326% - 414% speedup.')).toEqual([]);
  });
});

describe('sentences', () => {
  it('quotes the sentence of each number with its offset in the abstract', () => {
    const abstract = 'We propose LANTERN. It gives a 1.75× speed-up.\n\nA second paragraph reports 2.08 FID';
    const numbers = extractKeyNumbers(abstract);
    expect(numbers.map((number) => [number.sentence, number.sentenceStart])).toEqual([
      ['It gives a 1.75× speed-up.', 20],
      ['A second paragraph reports 2.08 FID', 48],
    ]);
    for (const number of numbers) expect(abstract.slice(number.sentenceStart)).toMatch(new RegExp(`^${number.sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('lists a number the abstract repeats once, where it first says it', () => {
    const numbers = extractKeyNumbers('Our 1.0B model wins. Transferring our 1.0B model works too.');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.sentence).toBe('Our 1.0B model wins.');
  });
});

describe('headlineKeyNumber', () => {
  it.each([
    ['a speed-up first', 'It has 7B parameters and 2.08 FID. It is 3x faster.', '3 ×'],
    ['then a metric', 'It has 7B parameters. It reaches 2.08 FID.', '2.08 FID'],
    ['then an improvement', 'It has 7B parameters. It brings a 4% improvement.', '4 %'],
    ['then scale', 'It has 7B parameters.', '7000000000 parameters'],
  ])('picks %s', (_name, abstract, expected) => {
    const headline = headlineKeyNumber(extractKeyNumbers(abstract));
    expect(`${headline?.value} ${headline?.unit}`).toBe(expected);
  });

  it('is undefined for an abstract without numbers', () => {
    expect(headlineKeyNumber(extractKeyNumbers('We study models.'))).toBeUndefined();
  });
});

describe('cost', () => {
  it('reads a 100,000-character abstract in linear time', async () => {
    const seed = (await contentPapers()).map((paper) => paper.abstract).join(' ');
    const long = seed.repeat(Math.ceil(100_000 / seed.length)).slice(0, 100_000);
    const { result: numbers, seconds } = cpuTime(() => extractKeyNumbers(long));
    // 0.1–0.5 s of processor time here; a quadratic step would take minutes.
    expect(seconds).toBeLessThan(5);
    expect(numbers.length).toBeGreaterThan(20);
  });

  it('reads 10,000 abstracts, as a build of 10,000 papers does, well within a build', async () => {
    const seed = (await contentPapers()).map((paper) => paper.abstract);
    const { result: count, seconds } = cpuTime(() => {
      let found = 0;
      for (let index = 0; index < 10_000; index++) found += extractKeyNumbers(`${seed[index % seed.length]} Copy ${index}.`).length;
      return found;
    });
    // About 2 s of processor time here.
    expect(seconds).toBeLessThan(20);
    expect(count).toBeGreaterThan(5_000);
  }, 60_000);

  it.each([
    ['one run-on sentence of multipliers', '1.75× and '.repeat(10_000)],
    ['digits without a break', '1'.repeat(100_000)],
    ['a long slash list', `FID from ${'1/'.repeat(50_000)}1 to 2.`],
    ['opening brackets', '('.repeat(100_000)],
    ['letters without a break', `${'a'.repeat(100_000)} 2x faster`],
    ['repeated comparisons', `${'compared to X, '.repeat(7_000)}2x faster.`],
    ['sizes in a list', `${'7B, '.repeat(25_000)}models.`],
  ])('reads %s of 100,000 characters quickly', (_name, text) => {
    expect(cpuTime(() => extractKeyNumbers(text)).seconds).toBeLessThan(5);
  });
});
