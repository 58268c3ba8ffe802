import { vocabulary } from '../knowledge/vocabulary.ts';
import { getAtlas } from './atlas.ts';

let lists: Promise<Map<string, string[]>> | undefined;

/**
 * The site's words by their first two letters (src/knowledge/vocabulary.ts),
 * from every title and abstract and every topic's title and summary; made
 * once per build for the /search-words/ files.
 */
export function getVocabulary(): Promise<Map<string, string[]>> {
  lists ??= getAtlas().then(({ papers, topics }) =>
    vocabulary([
      ...papers.map(({ paper }) => `${paper.title}\n${paper.abstract}`),
      ...topics.list.map(({ topic }) => `${topic.title}\n${topic.summary}`),
    ]),
  );
  return lists;
}
