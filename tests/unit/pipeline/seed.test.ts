import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePaperFile } from '../../../src/format/paper-file.ts';
import { planIngest, type IngestPlan } from '../../../src/pipeline/plan-ingest.ts';

const root = new URL('../../..', import.meta.url).pathname;
const SEED = 'seeds/daily-papers-autoregressive.txt';

/** Every title of the seed, in order, as the pages show them (`PanGu-$α$` repaired). */
const TITLES = [
  'Autoregressive Models in Vision: A Survey',
  'ControlAR: Controllable Image Generation with Autoregressive Models',
  'Scaling Autoregressive Models for Content-Rich Text-to-Image Generation',
  'LANTERN: Accelerating Visual Autoregressive Models with Relaxed Speculative Decoding',
  'ARLON: Boosting Diffusion Transformers with Autoregressive Models for Long Video Generation',
  'Flover: A Temporal Fusion Framework for Efficient Autoregressive Model Parallel Inference',
  'Pard: Permutation-Invariant Autoregressive Diffusion for Graph Generation',
  'Continuous Speculative Decoding for Autoregressive Image Generation',
  'SequenceMatch: Imitation Learning for Autoregressive Sequence Modelling with Backtracking',
  'Cognitively Inspired Energy-Based World Models',
  'CooK: Empowering General-Purpose Language Models with Modular and Collaborative Knowledge',
  'Generative Marginalization Models',
  'Scaling up Masked Diffusion Models on Text',
  'Grounded Decoding: Guiding Text Generation with Grounded Models for Robot Control',
  'Mirasol3B: A Multimodal Autoregressive model for time-aligned and contextual modalities',
  'CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction',
  'Energy-Based Diffusion Language Models for Text Generation',
  'FlexVAR: Flexible Visual Autoregressive Modeling without Residual Prediction',
  'Your Absorbing Discrete Diffusion Secretly Models the Conditional Distributions of Clean Data',
  'Masked Audio Generation using a Single Non-Autoregressive Transformer',
  'Stabilize the Latent Space for Image Autoregressive Modeling: A Unified Perspective',
  'M-VAR: Decoupled Scale-wise Autoregressive Modeling for High-Quality Image Generation',
  'MobileSpeech: A Fast and High-Fidelity Framework for Mobile Zero-Shot Text-to-Speech',
  '2 OLMo 2 Furious',
  'FastSpeech 2: Fast and High-Quality End-to-End Text to Speech',
  'Semi-Parametric Neural Image Synthesis',
  'Direct Discriminative Optimization: Your Likelihood-Based Visual Generative Model is Secretly a GAN Discriminator',
  'OWSM-CTC: An Open Encoder-Only Speech Foundation Model for Speech Recognition, Translation, and Language Identification',
  'Global Context with Discrete Diffusion in Vector Quantised Modelling for Image Generation',
  'FastSpeech: Fast, Robust and Controllable Text to Speech',
  'Lumina-mGPT: Illuminate Flexible Photorealistic Text-to-Image Generation with Multimodal Generative Pretraining',
  'DDSP: Differentiable Digital Signal Processing',
  'Can AI Be as Creative as Humans?',
  'Mogo: RQ Hierarchical Causal Transformer for High-Quality 3D Human Motion Generation',
  'Shall We Pretrain Autoregressive Language Models with Retrieval? A Comprehensive Study',
  'textTOvec: Deep Contextualized Neural Autoregressive Topic Models of Language with Distributed Compositional Prior',
  'Diffusion Beats Autoregressive: An Evaluation of Compositional Generation in Text-to-Image Models',
  'PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models with Auto-parallel Computation',
  'Distilled Decoding 1: One-step Sampling of Image Auto-regressive Models with Flow Matching',
  'Autoregressive Search Engines: Generating Substrings as Document Identifiers',
  'E-CAR: Efficient Continuous Autoregressive Image Generation via Multistage Modeling',
  'BAMM: Bidirectional Autoregressive Motion Model',
  'Token-Supervised Value Models for Enhancing Mathematical Reasoning Capabilities of Large Language Models',
  'Cheaply Evaluating Inference Efficiency Metrics for Autoregressive Transformer APIs',
  'Policy-Guided Diffusion',
  'Contrastive Search Is What You Need For Neural Text Generation',
  'mGPT: Few-Shot Learners Go Multilingual',
  'Momentum Decoding: Open-ended Text Generation As Graph Exploration',
  'Meissonic: Revitalizing Masked Generative Transformers for Efficient High-Resolution Text-to-Image Synthesis',
  'HierSpeech++: Bridging the Gap between Semantic and Acoustic Representation of Speech by Hierarchical Variational Inference for Zero-shot Speech Synthesis',
  'Mega-TTS: Zero-Shot Text-to-Speech at Scale with Intrinsic Inductive Bias',
  'Vector Quantized Diffusion Model for Text-to-Image Synthesis',
  'Pheme: Efficient and Conversational Speech Generation',
  'The Nature of Mathematical Modeling and Probabilistic Optimization Engineering in Generative AI',
  'To FP8 and Back Again: Quantifying the Effects of Reducing Precision on LLM Training Stability',
  'Autoregressive Hidden Markov Models with partial knowledge on latent space applied to aero-engines prognostics',
  'SkipDecode: Autoregressive Skip Decoding with Batching and Caching for Efficient LLM Inference',
  'FFN-SkipLLM: A Hidden Gem for Autoregressive Decoding with Adaptive Feed Forward Skipping',
  'S2D: Sorted Speculative Decoding For More Efficient Deployment of Nested Large Language Models',
  'Elucidating the design space of language models for image generation',
  'Faster Re-translation Using Non-Autoregressive Model For Simultaneous Neural Machine Translation',
  'LARP: Tokenizing Videos with a Learned Autoregressive Generative Prior',
  'Context Perception Parallel Decoder for Scene Text Recognition',
  'COSMO: COntrastive Streamlined MultimOdal Model with Interleaved Pre-Training',
  'DrivingWorld: Constructing World Model for Autonomous Driving via Video GPT',
  'PyGen: A Collaborative Human-AI Approach to Python Package Creation',
  'GALIP: Generative Adversarial CLIPs for Text-to-Image Synthesis',
  'AutoTimes: Autoregressive Time Series Forecasters via Large Language Models',
  'LaDiC: Are Diffusion Models Really Inferior to Autoregressive Counterparts for Image-to-Text Generation?',
];

/** All 28 addresses in the seed's abstracts, cleaned, with their kind. */
const LINKS = [
  ['https://github.com/ChaofanTao/Autoregressive-Models-in-Vision-Survey', 'code'],
  ['https://github.com/hustvl/ControlAR', 'code'],
  ['https://parti.research.google/', 'project'],
  ['http://aka.ms/arlon', 'other'],
  ['https://github.com/MarkXCloud/CSpD', 'code'],
  ['https://github.com/PrincetonLIPS/MaM', 'code'],
  ['https://github.com/ML-GSAI/SMDM', 'code'],
  ['https://github.com/ML-GSAI/RADD', 'code'],
  ['https://pages.cs.huji.ac.il/adiyoss-lab/MAGNeT', 'project'],
  ['https://github.com/DAMO-NLP-SG/DiGIT', 'code'],
  ['https://github.com/OliverRensu/MVAR', 'code'],
  ['https://mobilespeech.github.io/', 'project'],
  ['https://speechresearch.github.io/fastspeech2/', 'project'],
  ['https://github.com/magenta/ddsp', 'code'],
  ['https://github.com/NVIDIA/Megatron-LM#retro', 'code'],
  ['https://imagination-research.github.io/distilled-decoding', 'project'],
  ['https://github.com/facebookresearch/SEAL', 'code'],
  ['https://exitudio.github.io/BAMM-page', 'project'],
  ['https://github.com/yxuansu/Contrastive_Search_Is_What_You_Need', 'code'],
  ['https://github.com/gmftbyGMFTBY/MomentumDecoding', 'code'],
  ['https://github.com/sh-lee-prml/HierSpeechpp', 'code'],
  ['https://mega-tts.github.io/demo-page', 'project'],
  ['https://github.com/Pepperlll/LMforImageGeneration', 'code'],
  ['https://github.com/PaddlePaddle/PaddleOCR/blob/dygraph/doc/doc_en/algorithm_rec_cppd_en.md', 'code'],
  ['https://github.com/YvanYin/DrivingWorld', 'code'],
  ['https://github.com/GitsSaikat/Pygen', 'code'],
  ['https://github.com/tobran/GALIP', 'code'],
  ['https://github.com/thuml/AutoTimes', 'code'],
] as const;

let plan: IngestPlan;
/** The files ingest would write for the seed into an empty folder, read back as the site reads them. */
let files: ReturnType<typeof parsePaperFile>[];

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'ar-atlas-seed-'));
  plan = await planIngest({ seeds: 'seeds', out, cwd: root });
  files = plan.files.map((file) => parsePaperFile(file.text!, file.path));
});

describe('the real seed', () => {
  it('gives exactly 69 papers with their exact titles, in seed order, with no error or warning', () => {
    expect(plan.messages.filter((message) => message.severity !== 'info')).toEqual([]);
    expect(plan.papers.map((paper) => paper.title)).toEqual(TITLES);
    expect(plan.files.map((file) => file.status)).toEqual(TITLES.map(() => 'created'));
  });

  it('records where each title is: lines 11, 15, ..., 283 of the seed', () => {
    expect(plan.papers.map((paper) => `${paper.file}:${paper.line}`)).toEqual(TITLES.map((_, index) => `${SEED}:${11 + 4 * index}`));
    expect(files.map((file) => file.frontmatter.source)).toEqual(plan.papers.map(({ file, line }) => ({ file, line })));
  });

  it('drops the page chrome and names each dropped paragraph', () => {
    const dropped = plan.messages.filter((message) => message.reason.startsWith('dropped'));
    expect(dropped.map((message) => `${message.file}:${message.line}:${message.column}: ${message.reason}`)).toEqual([
      `${SEED}:1:1: dropped page chrome "new": it comes before the first title and abstract`,
      `${SEED}:3:1: dropped page chrome "Get trending papers in your email inbox!": it comes before the first title and abstract`,
      `${SEED}:5:1: dropped page chrome "Subscribe": it comes before the first title and abstract`,
      `${SEED}:7:1: dropped page chrome "Daily Papers": it comes before the first title and abstract`,
      `${SEED}:9:1: dropped page chrome "by AK and the research community": it comes before the first title and abstract`,
    ]);
    expect(plan.log).toContain(`${SEED}: split-papers: 143 paragraphs in, 69 papers out; dropped 5 chrome paragraph(s) before the first paper (lines 1, 3, 5, 7, 9)`);
    expect(files.some((file) => /Subscribe|Daily Papers/.test(file.abstractText))).toBe(false);
  });

  it('finds all 28 links, cleaned and classified, and shows each as a link in its abstract', () => {
    const links = files.flatMap((file) => file.frontmatter.links.map((link) => [link.url, link.kind]));
    expect(links).toEqual(LINKS);
    for (const file of files) {
      for (const { url } of file.frontmatter.links) expect(file.abstractMdx).toContain(`[${url}](${url})`);
    }
  });

  it('drops scrape artifacts from the text but keeps the sentence around a link', () => {
    const text = (title: string): string => files[TITLES.indexOf(title as (typeof TITLES)[number])]!.abstractText;
    expect(text('Context Perception Parallel Decoder for Scene Text Recognition')).toMatch(/Code is at https:\/\/github\.com\/PaddlePaddle\/PaddleOCR\/blob\/dygraph\/doc\/doc_en\/algorithm_rec_cppd_en\.md\.$/);
    expect(text('PyGen: A Collaborative Human-AI Approach to Python Package Creation')).toMatch(/open-sourced at \[https:\/\/github\.com\/GitsSaikat\/Pygen\]$/);
    expect(text('Elucidating the design space of language models for image generation')).toMatch(/The code is available at https:\/\/github\.com\/Pepperlll\/LMforImageGeneration\.$/);
  });

  it('repairs the LaTeX leftovers of the seed for display', () => {
    const all = files.map((file) => `${file.frontmatter.title}\n${file.abstractText}`).join('\n');
    for (const repaired of ['PanGu-α', 'Tülu 3', 'a naïve application', '72% of the available data', '1.75× and 1.76×', 'ImageNet 256×256', '(≤ 256px)']) {
      expect(all).toContain(repaired);
    }
    for (const leftover of ['$α$', 'T\\"ulu', 'na\\"ive', '\\%', '256times256', '2.33times', 'leq ']) expect(all).not.toContain(leftover);
    expect(all).toContain('\\ModelName');
  });

  it('gives short names only where the title starts with a name and a colon', () => {
    const short = Object.fromEntries(files.map((file) => [file.frontmatter.title.slice(0, 30), file.frontmatter.shortName]));
    expect(short['ControlAR: Controllable Image ']).toBe('ControlAR');
    expect(short['LANTERN: Accelerating Visual A']).toBe('LANTERN');
    expect(short['PanGu-α: Large-scale Autoregre']).toBe('PanGu-α');
    expect(short['Autoregressive Models in Visio']).toBeUndefined();
    expect(short['Stabilize the Latent Space for']).toBeUndefined();
    expect(short['Generative Marginalization Mod']).toBeUndefined();
  });

  it('is what content/papers holds: the committed pages are the ingest of the seed', async () => {
    const committed = await planIngest({ seeds: 'seeds', out: 'content/papers', cwd: root });
    expect(committed.messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(committed.files.filter((file) => file.status !== 'unchanged' && file.status !== 'kept')).toEqual([]);
  });
});
