/**
 * Hand judgement of every seed paper for the four required topics, made by
 * reading each abstract (not by running the rules). Keyed by exact title.
 *
 * What each topic means (issue 3):
 * - vision-ar: autoregressive models for visual generation (image, video, 3D
 *   scenes), their visual tokenizers, and making them faster or better. A
 *   visual generator that is not autoregressive (a GAN, a diffusion or masked
 *   model offered instead of AR) is not in it; neither is recognition or
 *   captioning, nor human motion or robot actions.
 * - speech-tts: speech and audio: TTS, speech recognition and translation,
 *   audio and music generation. Audio used only as an input of a video model
 *   is not in it.
 * - llm-inference: making autoregressive decoding faster or cheaper
 *   (speculative decoding, early exit and layer skipping, batching and fused
 *   serving, few-step distillation of AR models, measuring inference cost),
 *   visual AR models included. Replacing AR with a non-autoregressive model,
 *   or a side remark that a method is also faster, is not in it.
 * - diffusion-vs-ar: the abstract compares, contrasts or combines diffusion
 *   (or masked / discrete diffusion, denoising) with autoregressive modeling
 *   as part of what the paper is about. Naming a diffusion model only as one
 *   more baseline beaten, or listing "diffusion or autoregressive models" as
 *   interchangeable backbones, is not; a masked generative model that never
 *   calls itself diffusion is not either.
 *
 * `lean` (diffusion-vs-ar members only): which way the abstract leans.
 * "diffusion-ahead" includes masked/discrete diffusion beating AR;
 * "autoregressive-ahead" includes a diffusion paper conceding AR still leads.
 */
export type RequiredTopic = 'vision-ar' | 'speech-tts' | 'llm-inference' | 'diffusion-vs-ar';
export type Lean = 'diffusion-ahead' | 'autoregressive-ahead' | 'hybrid' | 'neutral' | 'unclear';

export interface Judgement {
  topics: readonly RequiredTopic[];
  lean?: Lean;
  /** For every paper with a `lean`: why the abstract leans that way, in a line, from reading it. */
  leanWhy?: string;
  /** Why, for the calls a reader might make differently. */
  note?: string;
}

export const requiredTopics: readonly RequiredTopic[] = ['vision-ar', 'speech-tts', 'llm-inference', 'diffusion-vs-ar'];

export const golden: Record<string, Judgement> = {
  'Autoregressive Models in Vision: A Survey': {
    topics: ['vision-ar'],
    note: 'relates AR to "other generative models" without naming diffusion: not diffusion-vs-ar',
  },
  'ControlAR: Controllable Image Generation with Autoregressive Models': {
    topics: ['vision-ar'],
    note: 'diffusion appears as context and as the baseline beaten (ControlNet++), not as the subject',
  },
  'Scaling Autoregressive Models for Content-Rich Text-to-Image Generation': { topics: ['vision-ar'] },
  'LANTERN: Accelerating Visual Autoregressive Models with Relaxed Speculative Decoding': {
    topics: ['vision-ar', 'llm-inference'],
  },
  'ARLON: Boosting Diffusion Transformers with Autoregressive Models for Long Video Generation': {
    topics: ['vision-ar', 'diffusion-vs-ar'],
    lean: 'hybrid',
    leanWhy: 'coarse visual tokens from an AR model guide a diffusion transformer; the two are combined, neither ranked',
  },
  'Flover: A Temporal Fusion Framework for Efficient Autoregressive Model Parallel Inference': { topics: ['llm-inference'] },
  'Pard: Permutation-Invariant Autoregressive Diffusion for Graph Generation': {
    topics: ['diffusion-vs-ar'],
    lean: 'hybrid',
    leanWhy: 'generates graphs block by block autoregressively, each block by a shared diffusion model',
  },
  'Continuous Speculative Decoding for Autoregressive Image Generation': {
    topics: ['vision-ar', 'llm-inference', 'diffusion-vs-ar'],
    lean: 'hybrid',
    leanWhy: 'speculative decoding for continuous AR image models, whose per-token distributions are diffusion ones',
    note: 'speculative decoding has to handle the diffusion distributions inside continuous AR image models',
  },
  'SequenceMatch: Imitation Learning for Autoregressive Sequence Modelling with Backtracking': { topics: [] },
  'Cognitively Inspired Energy-Based World Models': { topics: [] },
  'CooK: Empowering General-Purpose Language Models with Modular and Collaborative Knowledge': { topics: [] },
  'Generative Marginalization Models': { topics: [], note: 'an any-order alternative to ARMs; no diffusion' },
  'Scaling up Masked Diffusion Models on Text': {
    topics: ['diffusion-vs-ar'],
    lean: 'diffusion-ahead',
    leanWhy: 'masked diffusion matches ARMs while sampling faster and handles reversal tasks that larger ARMs fail',
  },
  'Grounded Decoding: Guiding Text Generation with Grounded Models for Robot Control': { topics: [] },
  'Mirasol3B: A Multimodal Autoregressive model for time-aligned and contextual modalities': {
    topics: [],
    note: 'audio and video are inputs of a multimodal understanding model: neither speech-tts nor visual generation',
  },
  'CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction': {
    topics: ['diffusion-vs-ar'],
    lean: 'autoregressive-ahead',
    leanWhy: 'the AR policy matches or surpasses diffusion policies while keeping AR efficiency',
    note: 'robot actions, not visual generation',
  },
  'Energy-Based Diffusion Language Models for Text Generation': {
    topics: ['diffusion-vs-ar'],
    lean: 'autoregressive-ahead',
    leanWhy: 'diffusion LMs still underperform AR counterparts; the new one only approaches AR perplexity',
    note: 'diffusion language models "still underperform" AR and the new one "approaches" AR perplexity',
  },
  'FlexVAR: Flexible Visual Autoregressive Modeling without Residual Prediction': {
    topics: ['vision-ar'],
    note: 'diffusion models appear only among the baselines beaten',
  },
  'Your Absorbing Discrete Diffusion Secretly Models the Conditional Distributions of Clean Data': {
    topics: ['diffusion-vs-ar'],
    lean: 'hybrid',
    leanWhy: 'unifies absorbing discrete diffusion with any-order AR models: a formal bridge',
    note: 'unifies absorbing discrete diffusion with any-order AR models; its speed-up is for diffusion sampling',
  },
  'Masked Audio Generation using a Single Non-Autoregressive Transformer': {
    topics: ['speech-tts'],
    note: 'masked generation, never called diffusion; faster by not being AR, so not llm-inference',
  },
  'Stabilize the Latent Space for Image Autoregressive Modeling: A Unified Perspective': {
    topics: ['vision-ar', 'diffusion-vs-ar'],
    lean: 'autoregressive-ahead',
    leanWhy: 'for the first time a GPT-style AR image model outperforms latent diffusion models',
  },
  'M-VAR: Decoupled Scale-wise Autoregressive Modeling for High-Quality Image Generation': {
    topics: ['vision-ar'],
    note: 'a new architecture aimed at quality; its lower cost is a by-product, so not llm-inference',
  },
  'MobileSpeech: A Fast and High-Fidelity Framework for Mobile Zero-Shot Text-to-Speech': { topics: ['speech-tts'] },
  '2 OLMo 2 Furious': { topics: [] },
  'FastSpeech 2: Fast and High-Quality End-to-End Text to Speech': { topics: ['speech-tts'] },
  'Semi-Parametric Neural Image Synthesis': {
    topics: ['vision-ar'],
    note: 'retrieval-augmented image synthesis with small diffusion or AR models: AR visual generation, not a comparison',
  },
  'Direct Discriminative Optimization: Your Likelihood-Based Visual Generative Model is Secretly a GAN Discriminator': {
    topics: ['vision-ar'],
    note: 'improves visual AR (and diffusion) models; it treats both alike rather than comparing them',
  },
  'OWSM-CTC: An Open Encoder-Only Speech Foundation Model for Speech Recognition, Translation, and Language Identification': {
    topics: ['speech-tts'],
  },
  'Global Context with Discrete Diffusion in Vector Quantised Modelling for Image Generation': {
    topics: ['diffusion-vs-ar'],
    lean: 'diffusion-ahead',
    leanWhy: 'discrete diffusion replaces the AR prior over VQ codes and resolves its drawbacks',
    note: 'discrete diffusion replaces the AR prior: not an AR visual model',
  },
  'FastSpeech: Fast, Robust and Controllable Text to Speech': { topics: ['speech-tts'] },
  'Lumina-mGPT: Illuminate Flexible Photorealistic Text-to-Image Generation with Multimodal Generative Pretraining': {
    topics: ['vision-ar', 'diffusion-vs-ar'],
    lean: 'neutral',
    leanWhy: 'closes with a direct comparison of diffusion-based and AR methods, naming no winner',
    note: 'ends with a direct comparison of diffusion-based and AR methods',
  },
  'DDSP: Differentiable Digital Signal Processing': { topics: ['speech-tts'] },
  'Can AI Be as Creative as Humans?': { topics: [] },
  'Mogo: RQ Hierarchical Causal Transformer for High-Quality 3D Human Motion Generation': {
    topics: [],
    note: 'human motion, and its rivals are masked (BERT-type) models, not diffusion',
  },
  'Shall We Pretrain Autoregressive Language Models with Retrieval? A Comprehensive Study': { topics: [] },
  'textTOvec: Deep Contextualized Neural Autoregressive Topic Models of Language with Distributed Compositional Prior': {
    topics: [],
  },
  'Diffusion Beats Autoregressive: An Evaluation of Compositional Generation in Text-to-Image Models': {
    topics: ['vision-ar', 'diffusion-vs-ar'],
    lean: 'diffusion-ahead',
    leanWhy: 'the AR text-to-image model is not yet on par with diffusion models on composition',
    note: 'evaluates an AR text-to-image model, so also vision-ar',
  },
  'PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models with Auto-parallel Computation': { topics: [] },
  'Distilled Decoding 1: One-step Sampling of Image Auto-regressive Models with Flow Matching': {
    topics: ['vision-ar', 'llm-inference'],
    note: 'flow matching is used as a distillation tool; the abstract never frames it as diffusion vs AR',
  },
  'Autoregressive Search Engines: Generating Substrings as Document Identifiers': { topics: [] },
  'E-CAR: Efficient Continuous Autoregressive Image Generation via Multistage Modeling': {
    topics: ['vision-ar', 'llm-inference', 'diffusion-vs-ar'],
    lean: 'hybrid',
    leanWhy: 'an AR model of continuous tokens whose tokens are decoded by flow-based denoising',
    note: 'efficiency is the point of the paper (10x fewer FLOPs); AR tokens with flow-based denoising',
  },
  'BAMM: Bidirectional Autoregressive Motion Model': {
    topics: ['diffusion-vs-ar'],
    lean: 'hybrid',
    leanWhy: 'unifies masked and AR motion modelling against the diffusion and masked models that dominate',
    note: 'diffusion and masked motion models versus AR ones, unified; motion is not visual generation',
  },
  'Token-Supervised Value Models for Enhancing Mathematical Reasoning Capabilities of Large Language Models': { topics: [] },
  'Cheaply Evaluating Inference Efficiency Metrics for Autoregressive Transformer APIs': { topics: ['llm-inference'] },
  'Policy-Guided Diffusion': {
    topics: ['diffusion-vs-ar'],
    lean: 'diffusion-ahead',
    leanWhy: 'diffusion trajectories are offered as the alternative to compounding-error AR world models',
    note: 'diffusion trajectories offered as the alternative to autoregressive world models',
  },
  'Contrastive Search Is What You Need For Neural Text Generation': { topics: [] },
  'mGPT: Few-Shot Learners Go Multilingual': { topics: [] },
  'Momentum Decoding: Open-ended Text Generation As Graph Exploration': {
    topics: [],
    note: 'a decoding method for text quality; the speed gain over contrastive search is secondary',
  },
  'Meissonic: Revitalizing Masked Generative Transformers for Efficient High-Resolution Text-to-Image Synthesis': {
    topics: ['diffusion-vs-ar'],
    lean: 'diffusion-ahead',
    leanWhy: 'sides with masked non-AR generation at the level of diffusion models, against slow AR generation',
    note: 'contrasts diffusion and AR image generation and sides with masked (non-AR) modeling; not an AR model itself',
  },
  'HierSpeech++: Bridging the Gap between Semantic and Acoustic Representation of Speech by Hierarchical Variational Inference for Zero-shot Speech Synthesis': {
    topics: ['speech-tts'],
  },
  'Mega-TTS: Zero-Shot Text-to-Speech at Scale with Intrinsic Inductive Bias': { topics: ['speech-tts'] },
  'Vector Quantized Diffusion Model for Text-to-Image Synthesis': {
    topics: ['diffusion-vs-ar'],
    lean: 'diffusion-ahead',
    leanWhy: 'VQ-Diffusion gives better images than AR models of similar size, and fifteen times faster',
  },
  'Pheme: Efficient and Conversational Speech Generation': { topics: ['speech-tts'] },
  'The Nature of Mathematical Modeling and Probabilistic Optimization Engineering in Generative AI': {
    topics: ['llm-inference'],
    note: 'a grab-bag, but its FlashAttention variant and KV-cache quantization are inference-cost work',
  },
  'To FP8 and Back Again: Quantifying the Effects of Reducing Precision on LLM Training Stability': {
    topics: [],
    note: 'training cost, not inference',
  },
  'Autoregressive Hidden Markov Models with partial knowledge on latent space applied to aero-engines prognostics': {
    topics: [],
  },
  'SkipDecode: Autoregressive Skip Decoding with Batching and Caching for Efficient LLM Inference': { topics: ['llm-inference'] },
  'FFN-SkipLLM: A Hidden Gem for Autoregressive Decoding with Adaptive Feed Forward Skipping': { topics: ['llm-inference'] },
  'S2D: Sorted Speculative Decoding For More Efficient Deployment of Nested Large Language Models': {
    topics: ['llm-inference'],
  },
  'Elucidating the design space of language models for image generation': { topics: ['vision-ar'] },
  'Faster Re-translation Using Non-Autoregressive Model For Simultaneous Neural Machine Translation': {
    topics: [],
    note: 'text translation (not speech), made faster by dropping AR',
  },
  'LARP: Tokenizing Videos with a Learned Autoregressive Generative Prior': { topics: ['vision-ar'] },
  'Context Perception Parallel Decoder for Scene Text Recognition': { topics: [], note: 'recognition, not generation' },
  'COSMO: COntrastive Streamlined MultimOdal Model with Interleaved Pre-Training': { topics: [] },
  'DrivingWorld: Constructing World Model for Autonomous Driving via Video GPT': { topics: ['vision-ar'] },
  'PyGen: A Collaborative Human-AI Approach to Python Package Creation': { topics: [] },
  'GALIP: Generative Adversarial CLIPs for Text-to-Image Synthesis': {
    topics: [],
    note: 'a GAN; AR and diffusion models are the large baselines it is compared to',
  },
  'AutoTimes: Autoregressive Time Series Forecasters via Large Language Models': { topics: [] },
  'LaDiC: Are Diffusion Models Really Inferior to Autoregressive Counterparts for Image-to-Text Generation?': {
    topics: ['diffusion-vs-ar'],
    lean: 'diffusion-ahead',
    leanWhy: 'diffusion captioning alleviates AR limitations and reaches strong competitiveness with AR models',
    note: 'captioning (image-to-text), so not visual generation; argues diffusion can match AR',
  },
};
