import { describe, expect, it } from 'vitest';
import { parseTopicFile } from '../../../src/format/topic-file.ts';

const file = (frontmatter: string, body = 'Prose.') => `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
const valid = `
title: Speech
summary: About speech.
rules:
  threshold: 3
  title: { speech: 3 }
`;

const errorOf = (text: string, path = 'content/topics/speech.md'): string => {
  try {
    parseTopicFile(text, path);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the topic file to be refused');
};

describe('parseTopicFile', () => {
  it('reads a valid file: id from the file name, defaults filled in, body kept', () => {
    const { topic, body } = parseTopicFile(file(valid), 'content/topics/speech.md');
    expect(topic).toEqual({
      id: 'speech',
      title: 'Speech',
      summary: 'About speech.',
      catchAll: false,
      rules: { threshold: 3, title: { speech: 3 }, abstract: {}, must: [], mustAlso: [], mustNot: [], learned: { adds: 0.75, removes: 0 } },
    });
    expect(body).toBe('Prose.');
  });
});

describe('a phrase may carry a written reason', () => {
  it('reads `{ points, why }` weights and `{ phrase, why }` list items', () => {
    const { topic } = parseTopicFile(
      file(`${valid.replace('{ speech: 3 }', '{ speech: { points: 3, why: "the field\'s own word" } }')}  must: [audio, { phrase: vocoder, why: "names a part of a speech generator" }]`),
      'content/topics/speech.md',
    );
    expect(topic.rules!.title).toEqual({ speech: { points: 3, why: "the field's own word" } });
    expect(topic.rules!.must).toEqual(['audio', { phrase: 'vocoder', why: 'names a part of a speech generator' }]);
  });
});

const TOPIC_FIX = '\n  fix: give the field a value that src/schemas/topic.ts accepts (every field is described there)';

describe('a broken rule file names the file, the line, the field and the fix', () => {
  it.each([
    ['a threshold that is not a number', valid.replace('threshold: 3', 'threshold: three'),
      'content/topics/speech.md:5:14: rules.threshold must be a number, got "three".' + TOPIC_FIX],
    ['a misspelt field', valid.replace('threshold: 3', 'treshold: 3\n  threshold: 3'),
      'content/topics/speech.md:5:3: rules.treshold is not a known field; expected one of threshold, title, abstract, contrast, must, mustAlso, mustNot, learned. Did you mean "threshold"?' + TOPIC_FIX],
    ['a phrase with punctuation', valid.replace('{ speech: 3 }', '{ "speech!": 3 }'),
      'content/topics/speech.md:6:23: rules.title["speech!"] has an invalid key "speech!": it must be words of letters and digits separated by single spaces or hyphens, each optionally ending in *, got "speech!".' + TOPIC_FIX],
    ['a weight of zero', valid.replace('{ speech: 3 }', '{ speech: 0 }'),
      'content/topics/speech.md:6:20: rules.title.speech: must not be 0 (leave the phrase out instead).' + TOPIC_FIX],
    ['a missing summary', valid.replace('summary: About speech.', ''),
      'content/topics/speech.md:2:1: summary is missing; expected a text.' + TOPIC_FIX],
    ['no rules and no catchAll', 'title: Speech\nsummary: About speech.',
      'content/topics/speech.md:2:1: rules: is required (or set catchAll: true for the topic of leftovers).' + TOPIC_FIX],
    ['a weight that is neither a number nor { points, why }', valid.replace('{ speech: 3 }', '{ speech: three }'),
      'content/topics/speech.md:6:20: rules.title.speech must be a number or `{ points, why }`, got "three".' + TOPIC_FIX],
    ['a weight with points but no reason', valid.replace('{ speech: 3 }', '{ speech: { points: 3 } }'),
      'content/topics/speech.md:6:20: rules.title.speech.why is missing; expected a text.' + TOPIC_FIX],
    ['a listed phrase with a misspelt reason field', `${valid}  must: [{ phrase: speech, wy: because }]`,
      'content/topics/speech.md:7:10: rules.must[0].why is missing; expected a text.' + TOPIC_FIX + '\ncontent/topics/speech.md:7:28: rules.must[0].wy is not a known field; expected one of phrase, why. Did you mean "why"?' + TOPIC_FIX],
    ['contrast points without lean rules', valid.replace('threshold: 3', 'threshold: 3\n  contrast: 2'),
      'content/topics/speech.md:6:13: rules.contrast: needs a `lean` section that names the two sides.' + TOPIC_FIX],
    ['a field with a misspelt key', `${valid}fields:\n  - { name: Images, phrase: [image] }\n  - { name: Text }`,
      'content/topics/speech.md:8:21: fields[0].phrase is not a known field; expected one of name, topics, phrases. Did you mean "phrases"?' + TOPIC_FIX],
    ['a learned part that may drop more papers than it keeps', `${valid}  learned: { adds: 0.75, removes: 0.6 }`,
      'content/topics/speech.md:7:35: rules.learned.removes must be at most 0.5, got 0.6.' + TOPIC_FIX],
    ['a single field', `${valid}fields:\n  - { name: Images }`, 'content/topics/speech.md:8:3: fields needs at least 2 item(s).' + TOPIC_FIX],
  ])('%s', (_case, frontmatter, message) => {
    expect(errorOf(file(frontmatter))).toBe(message);
  });

  it('reports YAML syntax errors with the line in the file', () => {
    expect(errorOf(file('title: Speech\nsummary: [unclosed'))).toMatch(/^content\/topics\/speech\.md:3:\d+: /);
  });

  it('refuses a file name that is not a topic id', () => {
    expect(errorOf(file(valid), 'content/topics/Speech_TTS.md')).toBe(
      'content/topics/Speech_TTS.md: the file name "Speech_TTS" is not a valid topic id; use lowercase letters, digits and single hyphens, at most 40 characters.\n' +
        "  fix: rename the file: its name is the topic id, used in /topics/<id>/ and in papers' `topics:` lists",
    );
  });

  it('refuses a file without frontmatter', () => {
    expect(errorOf('# Speech\n')).toBe(
      'content/topics/speech.md:1:1: expected the file to start with a `---` line that opens the YAML frontmatter\n' +
        '  fix: start the file with a `---` line, the YAML fields, and another `---` line (see CONTRIBUTING.md)',
    );
  });
});
