// The built-site reader lives in src/cli/built-site.ts, where `npm run check` shares it with these tests.
export * from '../../src/cli/built-site.ts';

/** The two sites global-setup.ts builds, for `describe.each`: `key` picks the dist folder from `inject('sites')`. */
export const builds = [
  { name: 'at the root', key: 'root', base: '/' },
  { name: 'under BASE_PATH=/atlas/', key: 'atlas', base: '/atlas/' },
] as const;
