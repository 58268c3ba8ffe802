import { caseDuplicates as duplicateNames } from '../util/case-duplicates.ts';
import type { Message } from '../util/message.ts';
import type { Content } from './load-content.ts';

const rule = 'case-duplicates';

/**
 * Two paper or topic files whose names differ only in case: on macOS and
 * Windows they are one file, and the build would publish only one of them,
 * so the build refuses them too (src/site/refuse-case-duplicates.ts).
 */
export function caseDuplicates(content: Content): Message[] {
  return [content.papers, content.topics].flatMap((files) =>
    duplicateNames(files.map((file) => file.path)).map(([first, ...others]) => ({
      file: first!,
      rule,
      reason: `${[first, ...others].join(' and ')} differ only in case: on macOS and Windows they are one file, so a checkout keeps only one of them`,
      fix: `keep one file: move what the others hold (notes, topics, aliases) into it and delete them; a slug or topic id is lowercase`,
    })),
  );
}
