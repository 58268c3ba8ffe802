import { describe, expect, it } from 'vitest';
import { createMentionFinder, mentionNames, paperMentions } from '../../../src/knowledge/mentions.ts';
import type { Paper } from '../../../src/knowledge/paper.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';
import { contentPapers } from './content.ts';

const paper = (slug: string, shortName: string | undefined, abstract = 'An abstract.'): Paper => ({
  slug: slug as PaperSlug,
  title: shortName ? `${shortName}: A Title` : 'A Title',
  shortName,
  abstract,
  curatedTopics: [],
  excludedTopics: [],
});

/** A small atlas with the names the seed has, and the hard cases. */
const atlas: Paper[] = [
  paper('fastspeech', 'FastSpeech'),
  paper('fastspeech-2', 'FastSpeech 2'),
  paper('mgpt', 'mGPT'),
  paper('lumina-mgpt', 'Lumina-mGPT'),
  paper('hierspeech', 'HierSpeech++'),
  paper('pangu', 'PanGu-α'),
  paper('s2d', 'S2D'),
  paper('pheme', 'Pheme'),
  paper('grounded-decoding', 'Grounded Decoding', 'We study grounded generation and decoding.'),
  paper('transformer', 'Transformer', 'A transformer is all you need.'),
  paper('twin-a', 'Twin'),
  paper('twin-b', 'Twin'),
  paper('no-name', undefined),
];
const names = mentionNames(atlas);
const find = createMentionFinder(names);

describe('mentionNames', () => {
  it('keeps the names that name one paper and are not ordinary words', () => {
    expect([...names.keys()].sort()).toEqual(['FastSpeech', 'FastSpeech 2', 'HierSpeech++', 'Lumina-mGPT', 'PanGu-α', 'Pheme', 'S2D', 'mGPT']);
    expect(names.get('FastSpeech 2')).toBe('fastspeech-2');
  });

  it.each([
    ['Grounded Decoding', 'both words are used in lowercase by some abstract'],
    ['Transformer', 'the abstracts use "transformer" as a word'],
    ['Twin', 'two papers share it'],
  ])('leaves out %s: %s', (name) => {
    expect(names.has(name)).toBe(false);
  });
});

describe('createMentionFinder', () => {
  it.each([
    // [text, the paper whose text it is, the names found]
    ['FastSpeech 2 achieves a 3x speed-up over FastSpeech.', 'fastspeech-2', ['FastSpeech']],
    ['FastSpeech 2 achieves a 3x speed-up over FastSpeech.', 'pheme', ['FastSpeech 2', 'FastSpeech']],
    ['We further design FastSpeech 2s, fully end-to-end.', 'pheme', []],
    ['Unlike FastSpeech-2 and FastSpeech 3, it', 'pheme', []],
    ['FastSpeech/FastSpeech 2 and FastSpeech’s duration', 'pheme', ['FastSpeech', 'FastSpeech 2', 'FastSpeech']],
    ['Lumina-mGPT builds on mGPT.', 'lumina-mgpt', ['mGPT']],
    ['Lumina-mGPT builds on mGPT.', 'mgpt', ['Lumina-mGPT']],
    ['a decoder with multimodal Generative PreTraining (mGPT), utilizing', 'lumina-mgpt', []],
    ['compared with strong baselines (mGPT) and others', 'lumina-mgpt', ['mGPT']],
    ['HierSpeech++ beats HierSpeech and HierSpeech+', 'pheme', ['HierSpeech++']],
    ['PanGu-α, PanGu-alpha and PanGu', 'pheme', ['PanGu-α']],
    ['S2D-v2, S2Dx and xS2D, but S2D.', 'pheme', ['S2D']],
    ['pheme is not Pheme.', 's2d', ['Pheme']],
    ['Grounded Decoding and a Transformer and Twin', 'pheme', []],
    ['Code: https://github.com/x/FastSpeech and https://x.org/a?name=S2D.', 'pheme', []],
    ['FastSpeech 2 is ours', 'fastspeech-2', []],
  ])('%s (in %s) → %j', (text, self, expected) => {
    expect(find(text, self as PaperSlug).map((mention) => mention.name)).toEqual(expected);
  });

  it('gives the offsets of each name in the text', () => {
    const text = 'Over FastSpeech 2, and FastSpeech.';
    expect(find(text)).toEqual([
      { start: 5, end: 17, paper: 'fastspeech-2', name: 'FastSpeech 2' },
      { start: 23, end: 33, paper: 'fastspeech', name: 'FastSpeech' },
    ]);
  });
});

describe('paperMentions', () => {
  it('lists the papers each abstract names, once each, in order, never itself', () => {
    const mentions = paperMentions(
      [
        paper('fastspeech', 'FastSpeech', 'FastSpeech is fast. S2D too.'),
        paper('fastspeech-2', 'FastSpeech 2', 'FastSpeech 2 fixes FastSpeech; FastSpeech 2 and S2D and FastSpeech again.'),
        paper('s2d', 'S2D', 'Nothing here.'),
      ],
      names,
    );
    expect(Object.fromEntries(mentions)).toEqual({ fastspeech: ['s2d'], 'fastspeech-2': ['fastspeech', 's2d'], s2d: [] });
  });

  it('finds on the seed only FastSpeech 2 naming FastSpeech (Lumina-mGPT’s “(mGPT)” is its own abbreviation)', async () => {
    const papers = await contentPapers();
    const found = [...paperMentions(papers, mentionNames(papers))].filter(([, list]) => list.length > 0);
    expect(found).toEqual([['fastspeech-2-fast-and-high-quality-end-to-end-text-to-speech', ['fastspeech-fast-robust-and-controllable-text-to-speech']]]);
  });
});
