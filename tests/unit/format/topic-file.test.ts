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
      rules: { threshold: 3, title: { speech: 3 }, abstract: {}, must: [], mustNot: [] },
    });
    expect(body).toBe('Prose.');
  });
});

const TOPIC_FIX = '\n  fix: give the field a value that src/schemas/topic.ts accepts (every field is described there)';

describe('a broken rule file names the file, the line, the field and the fix', () => {
  it.each([
    ['a threshold that is not a number', valid.replace('threshold: 3', 'threshold: three'),
      'content/topics/speech.md:5:14: rules.threshold must be a number, got "three".' + TOPIC_FIX],
    ['a misspelt field', valid.replace('threshold: 3', 'treshold: 3\n  threshold: 3'),
      'content/topics/speech.md:5:3: rules.treshold is not a known field; expected one of threshold, title, abstract, contrast, must, mustNot. Did you mean "threshold"?' + TOPIC_FIX],
    ['a phrase with punctuation', valid.replace('{ speech: 3 }', '{ "speech!": 3 }'),
      'content/topics/speech.md:6:23: rules.title["speech!"] has an invalid key "speech!": it must be words of letters and digits separated by single spaces or hyphens, each optionally ending in *, got "speech!".' + TOPIC_FIX],
    ['a weight of zero', valid.replace('{ speech: 3 }', '{ speech: 0 }'),
      'content/topics/speech.md:6:20: rules.title.speech: must not be 0 (leave the phrase out instead).' + TOPIC_FIX],
    ['a missing summary', valid.replace('summary: About speech.', ''),
      'content/topics/speech.md:2:1: summary is missing; expected a text.' + TOPIC_FIX],
    ['no rules and no catchAll', 'title: Speech\nsummary: About speech.',
      'content/topics/speech.md:2:1: rules: is required (or set catchAll: true for the topic of leftovers).' + TOPIC_FIX],
    ['contrast points without lean rules', valid.replace('threshold: 3', 'threshold: 3\n  contrast: 2'),
      'content/topics/speech.md:6:13: rules.contrast: needs a `lean` section that names the two sides.' + TOPIC_FIX],
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
