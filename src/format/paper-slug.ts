import { isPaperSlug, PAPER_INDEX_VIEWS, type PaperSlug } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';

/** Names Windows refuses for a file or a folder whatever the extension: `con.mdx` cannot even be checked out there. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * Why a well-formed paper slug still cannot be used, or undefined: digits
 * alone are the address of a page of the paper index (/papers/2/, and
 * /404/'s twin), a view of the index has its own (/papers/by-title/), and a
 * Windows device name (`con`, `nul`, `com1`) cannot be a file there. Ingest
 * never mints one (src/pipeline/name-paper.ts).
 */
export function slugConflict(slug: string): string | undefined {
  if (/^\d+$/.test(slug)) return `is only digits, the address of a page of the paper index (/papers/${slug}/)`;
  if (PAPER_INDEX_VIEWS.has(slug)) return `is the address of a view of the paper index (/papers/${slug}/)`;
  if (WINDOWS_DEVICE.test(slug)) return 'is a name Windows reserves for a device: a file of that name cannot be checked out on Windows';
  return undefined;
}

/**
 * Why `name` cannot be the slug of the paper file `file` (its name, and the
 * page address /papers/<name>/), or undefined when it can: it must be a slug
 * and not one of the names slugConflict refuses. Ingest, `npm run check` and
 * the build ask here.
 */
export function slugProblem(name: string, file: string): Message | undefined {
  if (!isPaperSlug(name)) {
    return {
      file,
      reason: `the file name "${name}" is not a paper slug`,
      fix: 'rename the file to lowercase ASCII letters and digits in words joined by single hyphens, at most 80 characters; the name is the page address /papers/<slug>/',
    };
  }
  const conflict = slugConflict(name);
  if (conflict) return { file, reason: `the slug "${name}" ${conflict}`, fix: `rename the file, e.g. to paper-${name}.mdx` };
  return undefined;
}

/**
 * The slug of the paper file `file`, named `name` without `.mdx`.
 * @throws MessageError when the name cannot be a slug (see slugProblem).
 */
export function paperSlugOf(name: string, file: string): PaperSlug {
  const problem = slugProblem(name, file);
  if (problem) throw new MessageError([problem]);
  return name as PaperSlug;
}
