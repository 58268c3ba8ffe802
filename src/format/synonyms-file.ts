import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { synonymsSchema, type Synonyms } from '../schemas/synonyms.ts';
import { validate } from '../schemas/validate.ts';
import { TopicFileSyntaxError } from './topic-file.ts';

/** Where the search synonyms live, from the repository root. */
export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/**
 * Parse the search synonyms file, for the site, the checks and the tests.
 *
 * @throws ContentValidationError naming the file, the field and the fix;
 *   a syntax error (`file:line:column: reason`, the same class topic files
 *   use) when the YAML is broken.
 */
export function parseSynonymsFile(text: string, file: string): Synonyms {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError && error.linePos) {
      const { line, col } = error.linePos[0];
      throw new TopicFileSyntaxError(file, line, col, error.message.split('\n')[0]!);
    }
    throw error;
  }
  return validate(synonymsSchema, data, file);
}

/** Read and validate `content/search/synonyms.yaml` under `root` (default: the working directory). */
export async function readSynonymsFile(root = '.'): Promise<Synonyms> {
  return parseSynonymsFile(await readFile(`${root}/${SYNONYMS_FILE}`, 'utf8'), SYNONYMS_FILE);
}
