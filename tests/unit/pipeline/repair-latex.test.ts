import { describe, expect, it } from 'vitest';
import { latexRepairs, repairText } from '../../../src/pipeline/repair-latex.ts';

describe('repair-latex: the one table of display repairs', () => {
  it.each(latexRepairs.flatMap((repair) => repair.examples.map(([before, after, title]) => ({ name: repair.name, before, after, title }))))(
    '$name: $before → $after',
    ({ before, after, title }) => {
      expect(repairText(before, undefined, title)).toBe(after);
    },
  );

  // The cases the issue names, through the whole table.
  it.each([
    ['PanGu-$α$', 'PanGu-α'],
    ['best practices from T\\"ulu 3', 'best practices from Tülu 3'],
    ['compared to a na\\"ive application', 'compared to a naïve application'],
    ['utilizing 72\\% of the available data', 'utilizing 72% of the available data'],
    ['the ImageNet 256times256 benchmark', 'the ImageNet 256×256 benchmark'],
    ['ImageNet 512times512', 'ImageNet 512×512'],
    ['a remarkable 2.33times speed-up', 'a remarkable 2.33× speed-up'],
    ['by 1.75times and 1.76times', 'by 1.75× and 1.76×'],
    ['low-resolution images (leq 256px)', 'low-resolution images (≤ 256px)'],
    ['MultimOdal framework (\\ModelName), strategically', 'MultimOdal framework (\\ModelName), strategically'],
    ['introduces \\VideoDatasetName, an inaugural', 'introduces \\VideoDatasetName, an inaugural'],
    ['sometimes it times out; $5 and $10', 'sometimes it times out; $5 and $10'],
    ['a \\emph{word} and SequenceMatch-chi^2', 'a \\emph{word} and SequenceMatch-χ²'],
    ['capable of producing 1024 times 1024 resolution images', 'capable of producing 1024×1024 resolution images'],
    ['on the ImageNet 256*256 benchmark', 'on the ImageNet 256×256 benchmark'],
    ['release all OLMo 2 artifacts openly -- models at 7B and 13B scales', 'release all OLMo 2 artifacts openly – models at 7B and 13B scales'],
  ])('%s → %s', (before, after) => {
    expect(repairText(before)).toBe(after);
  });

  it('spells a name as the title does only in the abstract, never in the title itself', () => {
    const title = 'PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models with Auto-parallel Computation';
    expect(repairText('we present PanGu-alpha. PanGu-alpha performs well', undefined, title)).toBe('we present PanGu-α. PanGu-α performs well');
    expect(repairText('PanGu-alpha: a title that spells it out')).toBe('PanGu-alpha: a title that spells it out');
  });

  it('counts what it repaired, for the verbose log', () => {
    const counts = new Map<string, number>();
    repairText('256times256 and 2times, leq 3', counts);
    expect(Object.fromEntries(counts)).toEqual({ '`times` between numbers': 2, 'relation written as its macro name': 1 });
  });
});
