import { caseDuplicates } from '../util/case-duplicates.ts';
import { MessageError } from '../util/message.ts';

/**
 * Fail the build on content files whose names differ only in case: a
 * collection keyed by lowercase id would keep one and drop the other
 * without a word (and macOS and Windows checkouts hold only one of them).
 * The loaders call it with the names they are about to load; `npm run
 * check` names the same files (src/checks/case-duplicates.ts).
 * @param folder the folder as messages show it, from the project root: `content/papers`.
 * @throws MessageError naming each group.
 */
export function refuseCaseDuplicates(folder: string, names: readonly string[]): void {
  const groups = caseDuplicates(names.map((name) => `${folder}/${name}`));
  if (!groups.length) return;
  throw new MessageError(
    groups.map(([first, ...others]) => ({
      file: first!,
      reason: `differs only in case from ${others.join(' and ')}; keep one file (move what the other holds into it and delete it): the site would publish only one, and macOS and Windows checkouts hold only one`,
    })),
  );
}
