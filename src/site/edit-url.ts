import packageJson from '../../package.json' with { type: 'json' };

/** package.json's `repository`: a shorthand (`github:owner/repo`, `owner/repo`), a URL, or `{ url, directory }`. */
export type RepositoryField = string | { type?: string; url?: string; directory?: string } | undefined;

/** The branch edit links open; the deploy workflow publishes from it. */
const BRANCH = 'main';

/** `git+https://…/x.git`, `git://…`, `git@host:owner/repo.git` → `https://host/owner/repo`. */
function webAddress(url: string): string {
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) return `https://${shorthand[1] === 'gitlab' ? 'gitlab.com' : shorthand[1] === 'bitbucket' ? 'bitbucket.org' : 'github.com'}/${shorthand[2]}`;
  return url
    .replace(/^git\+/, '')
    .replace(/^(?:ssh:\/\/)?git@([^:/]+)[:/]/, 'https://$1/')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$|\/+$/g, '');
}

/**
 * Where the repository's files are on the web: from `repoUrl` (the REPO_URL
 * environment variable) when set, else from package.json's `repository`
 * field; undefined when neither is set.
 */
export function repositoryAddress(repoUrl: string | undefined, repository: RepositoryField): { web: string; directory: string } | undefined {
  if (repoUrl?.trim()) return { web: webAddress(repoUrl.trim()), directory: '' };
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url?.trim()) return undefined;
  const directory = typeof repository === 'object' && repository.directory ? `${repository.directory.replace(/^\/+|\/+$/g, '')}/` : '';
  return { web: webAddress(url.trim()), directory };
}

/**
 * The "Edit this page" address of a file of this project (`content/papers/x.mdx`):
 * the host's editor for it on the main branch (`<repository>/edit/main/<file>`,
 * the GitHub form), or undefined when no repository is configured, so pages
 * then show no edit link.
 */
export function editUrl(file: string, repoUrl = process.env.REPO_URL, repository: RepositoryField = (packageJson as { repository?: RepositoryField }).repository): string | undefined {
  const address = repositoryAddress(repoUrl, repository);
  return address && `${address.web}/edit/${BRANCH}/${address.directory}${file.replace(/^\/+/, '')}`;
}
