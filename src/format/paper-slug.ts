import { isPaperSlug, PAPER_INDEX_VIEWS, type PaperSlug } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';

/** Names Windows refuses for a file or a folder whatever the extension: `con.mdx` cannot even be checked out there. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * Why `name` cannot be the slug of the paper file `file` (its name, and the
 * page address /papers/<name>/), or undefined when it can: it must be a slug,
 * not only digits, which are the page numbers of the paper index
 * (/papers/2/), not the address of a view of the index (/papers/by-title/),
 * and not a Windows device name (`con`, `nul`, `com1`), which cannot be a
 * file there.
 * Ingest, `npm run check` and the build ask here.
 */
export function slugProblem(name: string, file: string): Message | undefined {
  if (!isPaperSlug(name)) {
    return {
      file,
      reason: `the file name "${name}" is not a paper slug`,
      fix: 'rename the file to lowercase ASCII letters and digits in words joined by single hyphens, at most 80 characters; the name is the page address /papers/<slug>/',
    };
  }
  if (/^\d+$/.test(name)) {
    return { file, reason: `the slug "${name}" is only digits, the address of a page of the paper index (/papers/${name}/)`, fix: `rename the file, e.g. to paper-${name}.mdx` };
  }
  if (PAPER_INDEX_VIEWS.has(name)) {
    return { file, reason: `the slug "${name}" is the address of a view of the paper index (/papers/${name}/)`, fix: `rename the file, e.g. to paper-${name}.mdx` };
  }
  if (WINDOWS_DEVICE.test(name)) {
    return { file, reason: `the slug "${name}" is a name Windows reserves for a device: a file of that name cannot be checked out on Windows`, fix: `rename the file, e.g. to paper-${name}.mdx` };
  }
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
