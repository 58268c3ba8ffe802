import { readFile } from 'node:fs/promises';
import { synonymsSchema, type Synonyms } from '../schemas/synonyms.ts';
import { readYamlFile } from './frontmatter.ts';
import { validateFrontmatter } from './validate-frontmatter.ts';

/** Where the search synonyms live, from the repository root. */
export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/**
 * Parse the search synonyms file, for the site, the checks and the tests,
 * with the same YAML settings, validator and messages as paper and topic files.
 *
 * @throws MessageError naming the file, the line, the field and the fix.
 */
export function parseSynonymsFile(text: string, file: string): Synonyms {
  return validateFrontmatter(synonymsSchema, readYamlFile(text, file), file, 'src/schemas/synonyms.ts');
}

/** Read and validate `content/search/synonyms.yaml` under `root` (default: the working directory). */
export async function readSynonymsFile(root = '.'): Promise<Synonyms> {
  return parseSynonymsFile(await readFile(`${root}/${SYNONYMS_FILE}`, 'utf8'), SYNONYMS_FILE);
}
