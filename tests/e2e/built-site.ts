// The built-site reader moved to src/lib/built-site.ts, where `npm run check` shares it with these tests.
export * from '../../src/lib/built-site.ts';
