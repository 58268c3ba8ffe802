import type { Lean, RequiredTopic } from './golden-topics.ts';

/**
 * Well-known papers that are NOT in the seed, with abstracts written for
 * these tests in the style of the originals (paraphrased, same claims). They
 * check that the topic rules describe fields rather than memorize the seed.
 * `expect` lists only the clear calls: `true` must match, `false` must not;
 * a topic left out is a judgement call and is not asserted.
 */
export interface UnseenPaper {
  title: string;
  abstract: string;
  expect: Partial<Record<RequiredTopic, boolean>>;
  lean?: Lean;
}

export const unseenPapers: readonly UnseenPaper[] = [
  {
    title: 'Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction',
    abstract:
      'We present Visual AutoRegressive modeling (VAR), a new generation paradigm that redefines autoregressive learning on images as coarse-to-fine "next-scale prediction" or "next-resolution prediction", diverging from the standard raster-scan "next-token prediction". This simple, intuitive methodology allows autoregressive (AR) transformers to learn visual distributions fast and generalize well: for the first time, GPT-like AR models surpass diffusion transformers in image generation. On the ImageNet 256x256 benchmark, VAR significantly improves the AR baseline, bringing the Frechet inception distance (FID) from 18.65 to 1.73 and the inception score from 80.4 to 350.2, with around 20x faster inference speed. We also verify that VAR outperforms the Diffusion Transformer (DiT) in image quality, inference speed, data efficiency, and scalability. Scaling up VAR models exhibits clear power-law scaling laws similar to those observed in LLMs, and VAR further shows zero-shot generalization in downstream tasks including image in-painting, out-painting, and editing.',
    expect: { 'vision-ar': true, 'diffusion-vs-ar': true, 'speech-tts': false },
    lean: 'autoregressive-ahead',
  },
  {
    title: 'Autoregressive Model Beats Diffusion: Llama for Scalable Image Generation',
    abstract:
      "We introduce a new family of image generation models that apply the original next-token prediction paradigm of large language models to the visual generation domain. It is an affirmative answer to whether vanilla autoregressive models, without inductive biases on visual signals, can achieve state-of-the-art image generation performance when scaled properly. We reexamine the design space of image tokenizers, the scalability of image generation models, and the quality of their training data. Our image tokenizer reaches a reconstruction quality of 0.94 rFID and 97% codebook usage on ImageNet. Our class-conditional models, from 111M to 3.1B parameters, achieve 2.18 FID on ImageNet 256x256, outperforming popular diffusion models such as LDM and DiT. A 775M text-conditional model trained on LAION and high-aesthetic images shows competitive visual quality and text alignment. Finally, we show that serving frameworks built for language models speed up the image models' inference by 326% to 414%.",
    expect: { 'vision-ar': true, 'diffusion-vs-ar': true, 'speech-tts': false },
    lean: 'autoregressive-ahead',
  },
  {
    title: 'MaskGIT: Masked Generative Image Transformer',
    abstract:
      'Generative transformers have quickly gained popularity in computer vision for generating high-fidelity, high-resolution images. Yet the best generative transformers so far still treat an image naively as a sequence of tokens and decode it sequentially in raster-scan order, line by line. We find this strategy neither optimal nor efficient. This paper proposes a novel image synthesis paradigm using a bidirectional transformer decoder, which we term MaskGIT. During training, MaskGIT learns to predict randomly masked tokens by attending to tokens in all directions. At inference time, the model begins by generating all tokens of an image simultaneously and then refines the image iteratively, conditioned on the previous generation. Our experiments show that MaskGIT significantly outperforms the state-of-the-art transformer model on the ImageNet dataset and accelerates autoregressive decoding by up to 64x. We also show that MaskGIT extends easily to image editing tasks such as inpainting, extrapolation, and image manipulation.',
    expect: { 'vision-ar': false, 'speech-tts': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'Scalable Diffusion Models with Transformers',
    abstract:
      'We explore a new class of diffusion models based on the transformer architecture. We train latent diffusion models of images, replacing the commonly used U-Net backbone with a transformer that operates on latent patches. We analyze the scalability of our Diffusion Transformers (DiTs) through the lens of forward pass complexity as measured by Gflops. We find that DiTs with higher Gflops, through increased transformer depth and width or an increased number of input tokens, consistently have lower FID. In addition to good scalability, our largest models outperform all prior diffusion models on the class-conditional ImageNet 512x512 and 256x256 benchmarks, achieving a state-of-the-art FID of 2.27 on the latter.',
    expect: { 'vision-ar': false, 'diffusion-vs-ar': false, 'llm-inference': false, 'speech-tts': false },
  },
  {
    title: 'Autoregressive Image Generation without Vector Quantization',
    abstract:
      'Conventional wisdom holds that autoregressive models for image generation are typically accompanied by vector-quantized tokens. We observe that while a discrete-valued space can facilitate representing a categorical distribution, it is not a necessity for autoregressive modeling. In this work, we propose to model the per-token probability distribution using a diffusion procedure, which allows us to apply autoregressive models in a continuous-valued space. Rather than using categorical cross-entropy loss, we define a Diffusion Loss function to model the per-token probability. This approach eliminates the need for discrete-valued tokenizers. We evaluate its effectiveness across a wide range of cases, including standard autoregressive models and generalized masked autoregressive (MAR) variants. By removing vector quantization, our image generator achieves strong results while enjoying the speed advantage of sequence modeling. We hope this work will motivate the use of autoregressive generation in other continuous-valued domains and applications.',
    expect: { 'vision-ar': true, 'diffusion-vs-ar': true, 'speech-tts': false },
  },
  {
    title: 'Transfusion: Predict the Next Token and Diffuse Images with One Multi-Modal Model',
    abstract:
      'We introduce Transfusion, a recipe for training a multi-modal model over discrete and continuous data. Transfusion combines the language modeling loss (next token prediction) with diffusion to train a single transformer over mixed-modality sequences. We pretrain multiple Transfusion models up to 7B parameters from scratch on a mixture of text and image data, establishing scaling laws with respect to a variety of uni- and cross-modal benchmarks. Our experiments show that Transfusion scales significantly better than quantizing images and training a language model over discrete image tokens. By introducing modality-specific encoding and decoding layers, we can further improve the performance of Transfusion models, and even compress each image to just 16 patches. We further demonstrate that scaling our Transfusion recipe to 7B parameters and 2T multi-modal tokens produces a model that can generate images and text on a par with similar scale diffusion models and language models, reaping the benefits of both worlds.',
    expect: { 'diffusion-vs-ar': true, 'speech-tts': false, 'llm-inference': false },
    lean: 'hybrid',
  },
  {
    title: 'Large Language Diffusion Models',
    abstract:
      'Autoregressive models (ARMs) are widely regarded as the cornerstone of large language models (LLMs). We challenge this notion by introducing LLaDA, a diffusion model trained from scratch under the pre-training and supervised fine-tuning paradigm. LLaDA models distributions through a forward data masking process and a reverse process, parameterized by a vanilla Transformer to predict masked tokens. By optimizing a likelihood bound, it provides a principled generative approach for probabilistic inference. Across extensive benchmarks, LLaDA demonstrates strong scalability, outperforming our self-constructed ARM baselines. Remarkably, LLaDA 8B is competitive with strong LLMs like LLaMA3 8B in in-context learning and, after supervised fine-tuning, exhibits impressive instruction-following abilities in case studies such as multi-turn dialogue. Moreover, LLaDA addresses the reversal curse, surpassing GPT-4o in a reversal poem completion task. Our findings establish diffusion models as a viable and promising alternative to ARMs, challenging the assumption that key LLM capabilities are inherently tied to ARMs.',
    expect: { 'diffusion-vs-ar': true, 'vision-ar': false, 'llm-inference': false },
    lean: 'diffusion-ahead',
  },
  {
    title: 'Fast Inference from Transformers via Speculative Decoding',
    abstract:
      'Inference from large autoregressive models like Transformers is slow: decoding K tokens takes K serial runs of the model. In this work we introduce speculative decoding, an algorithm to sample from autoregressive models faster without any changes to the outputs, by computing several tokens in parallel. At the heart of our approach lie the observations that (1) hard language-modeling tasks often include easier subtasks that can be approximated well by more efficient models, and (2) using speculative execution and a novel sampling method, we can make exact decoding from the large models faster, by running them in parallel on the outputs of the approximation models, potentially generating several tokens concurrently, and without changing the distribution. Our method can accelerate existing off-the-shelf models without retraining or architecture changes. We demonstrate it on T5-XXL and show a 2X-3X acceleration compared with the standard T5X implementation, with identical outputs.',
    expect: { 'llm-inference': true, 'vision-ar': false, 'speech-tts': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads',
    abstract:
      "Large Language Models (LLMs) employ auto-regressive decoding that requires sequential computation, with each step reliant on the previous one's output. This creates a bottleneck as each step necessitates moving the full model parameters from High-Bandwidth Memory (HBM) to the accelerator's cache. While methods such as speculative decoding have been suggested to address this issue, their implementation is impeded by the challenges of acquiring and maintaining a separate draft model. In this paper, we present Medusa, an efficient method that augments LLM inference by adding extra decoding heads to predict multiple subsequent tokens in parallel. Using a tree-based attention mechanism, Medusa constructs multiple candidate continuations and verifies them simultaneously in each decoding step. By leveraging parallel processing, Medusa substantially reduces the number of decoding steps required. Experiments show that Medusa achieves over 2.2x speedup without compromising generation quality, while Medusa-2 further improves the speedup to 2.3-3.6x.",
    expect: { 'llm-inference': true, 'vision-ar': false, 'speech-tts': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty',
    abstract:
      'Autoregressive decoding makes the inference of Large Language Models (LLMs) time-consuming. In this paper, we reconsider speculative sampling and derive two key observations. Firstly, autoregression at the feature (second-to-top-layer) level is more straightforward than at the token level. Secondly, the inherent uncertainty in feature-level autoregression constrains its performance. Based on these insights, we introduce EAGLE (Extrapolation Algorithm for Greater Language-model Efficiency), a simple yet highly efficient speculative sampling framework. By incorporating a token sequence advanced by one time step, EAGLE effectively resolves the uncertainty, enabling precise second-to-top-layer feature prediction with minimal overhead. We conducted comprehensive evaluations of EAGLE, including all models from the Vicuna and LLaMA2-Chat series and the MoE model Mixtral 8x7B Instruct, on multi-turn dialogue, code generation, mathematical reasoning, and instruction following. For LLaMA2-Chat 70B, EAGLE achieved a latency speedup ratio of 2.7x-3.5x and doubled throughput, while maintaining the distribution of the generated text.',
    expect: { 'llm-inference': true, 'vision-ar': false, 'speech-tts': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    abstract:
      'High throughput serving of large language models (LLMs) requires batching sufficiently many requests at a time. However, existing systems struggle because the key-value cache (KV cache) memory for each request is huge and grows and shrinks dynamically. When managed inefficiently, this memory can be significantly wasted by fragmentation and redundant duplication, limiting the batch size. To address this problem, we propose PagedAttention, an attention algorithm inspired by the classical virtual memory and paging techniques in operating systems. On top of it, we build vLLM, an LLM serving system that achieves near-zero waste in KV cache memory and flexible sharing of KV cache within and across requests to further reduce memory usage. Our evaluations show that vLLM improves the throughput of popular LLMs by 2-4x with the same level of latency compared to the state-of-the-art systems. The improvement is more pronounced with longer sequences, larger models, and more complex decoding algorithms.',
    expect: { 'llm-inference': true, 'vision-ar': false, 'speech-tts': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers',
    abstract:
      'We introduce a language modeling approach for text to speech synthesis (TTS). Specifically, we train a neural codec language model (called VALL-E) using discrete codes derived from an off-the-shelf neural audio codec model, and regard TTS as a conditional language modeling task rather than continuous signal regression as in previous work. During the pre-training stage, we scale up the TTS training data to 60K hours of English speech, which is hundreds of times larger than existing systems. VALL-E emerges in-context learning capabilities and can be used to synthesize high-quality personalized speech with only a 3-second enrolled recording of an unseen speaker as an acoustic prompt. Experiment results show that VALL-E significantly outperforms the state-of-the-art zero-shot TTS system in terms of speech naturalness and speaker similarity. In addition, we find VALL-E could preserve the speaker\'s emotion and acoustic environment of the acoustic prompt in synthesis.',
    expect: { 'speech-tts': true, 'vision-ar': false, 'llm-inference': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'Robust Speech Recognition via Large-Scale Weak Supervision',
    abstract:
      'We study the capabilities of speech processing systems trained simply to predict large amounts of transcripts of audio on the internet. When scaled to 680,000 hours of multilingual and multitask supervision, the resulting models generalize well to standard benchmarks and are often competitive with prior fully supervised results but in a zero-shot transfer setting without the need for any fine-tuning. When compared to humans, the models approach their accuracy and robustness. We are releasing models and inference code to serve as a foundation for further work on robust speech processing.',
    expect: { 'speech-tts': true, 'vision-ar': false, 'llm-inference': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'Simple and Controllable Music Generation',
    abstract:
      'We tackle the task of conditional music generation. We introduce MusicGen, a single Language Model (LM) that operates over several streams of compressed discrete music representation, i.e., tokens. Unlike prior work, MusicGen is comprised of a single-stage transformer LM together with efficient token interleaving patterns, which eliminates the need for cascading several models, e.g., hierarchically or upsampling. Following this approach, we demonstrate how MusicGen can generate high-quality samples, both mono and stereo, while being conditioned on textual description or melodic features, allowing better control over the generated output. We conduct extensive empirical evaluation, considering both automatic and human studies, showing the proposed approach is superior to the evaluated baselines on a standard text-to-music benchmark. Through ablation studies, we shed light over the importance of each of the components comprising MusicGen.',
    expect: { 'speech-tts': true, 'vision-ar': false, 'llm-inference': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'WaveNet: A Generative Model for Raw Audio',
    abstract:
      'This paper introduces WaveNet, a deep neural network for generating raw audio waveforms. The model is fully probabilistic and autoregressive, with the predictive distribution for each audio sample conditioned on all previous ones; nonetheless we show that it can be efficiently trained on data with tens of thousands of samples per second of audio. When applied to text-to-speech, it yields state-of-the-art performance, with human listeners rating it as significantly more natural sounding than the best parametric and concatenative systems for both English and Mandarin. A single WaveNet can capture the characteristics of many different speakers with equal fidelity, and can switch between them by conditioning on the speaker identity. When trained to model music, we find that it generates novel and often highly realistic musical fragments. We also show that it can be employed as a discriminative model, returning promising results for phoneme recognition.',
    expect: { 'speech-tts': true, 'vision-ar': false, 'llm-inference': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'SoundStorm: Efficient Parallel Audio Generation',
    abstract:
      'We present SoundStorm, a model for efficient, non-autoregressive audio generation. SoundStorm receives as input the semantic tokens of AudioLM, and relies on bidirectional attention and confidence-based parallel decoding to generate the tokens of a neural audio codec. Compared to the autoregressive generation approach of AudioLM, our model produces audio of the same quality and with higher consistency in voice and acoustic conditions, while being two orders of magnitude faster. SoundStorm generates 30 seconds of audio in 0.5 seconds on a TPU-v4. We demonstrate the ability of our model to scale audio generation to longer sequences by synthesizing high-quality, natural dialogue segments, given a transcript annotated with speaker turns and a short prompt with the speakers\' voices.',
    expect: { 'speech-tts': true, 'vision-ar': false, 'llm-inference': false, 'diffusion-vs-ar': false },
  },
  {
    title: 'Language Models are Few-Shot Learners',
    abstract:
      'Recent work has demonstrated substantial gains on many NLP tasks and benchmarks by pre-training on a large corpus of text followed by fine-tuning on a specific task. While typically task-agnostic in architecture, this method still requires task-specific fine-tuning datasets of thousands or tens of thousands of examples. Here we show that scaling up language models greatly improves task-agnostic, few-shot performance, sometimes even reaching competitiveness with prior state-of-the-art fine-tuning approaches. Specifically, we train GPT-3, an autoregressive language model with 175 billion parameters, 10x more than any previous non-sparse language model, and test its performance in the few-shot setting. For all tasks, GPT-3 is applied without any gradient updates or fine-tuning, with tasks and few-shot demonstrations specified purely via text interaction with the model. GPT-3 achieves strong performance on many NLP datasets, including translation, question-answering, and cloze tasks. Finally, we find that GPT-3 can generate samples of news articles which human evaluators have difficulty distinguishing from articles written by humans.',
    expect: { 'vision-ar': false, 'speech-tts': false, 'llm-inference': false, 'diffusion-vs-ar': false },
  },
];
