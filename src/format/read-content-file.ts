import { MessageError } from '../util/message.ts';
import { FileRefusal, readProjectFile } from '../util/read-project-file.ts';

const decoder = new TextDecoder();

/**
 * The text of a paper or topic file, read as `npm run check` and the build
 * both read it: a folder, a pipe, a link out of the repository or a file
 * over the size cap is refused (src/util/read-project-file.ts) with the
 * same `file: reason` message in both.
 * @param path the file on disk; `root` the repository; `file` its path from the root, for the message.
 * @throws MessageError for a refused file; a disk error as Node threw it.
 */
export async function readContentFile(path: string, root: string, file: string): Promise<string> {
  try {
    return decoder.decode(await readProjectFile(path, root));
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw error;
    throw new MessageError([{ file, reason: error.message, fix: 'make it a plain text file inside the repository, as the other content files are' }]);
  }
}
