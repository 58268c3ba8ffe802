import { z } from 'astro/zod';
import { didYouMean } from '../util/did-you-mean.ts';

type Issue = z.core.$ZodIssue;

/** One problem in words: the field (as typed in YAML) and what is wrong with it. */
export interface Problem {
  path: PropertyKey[];
  /** `rules.title["early exit"]`, or `the frontmatter` for the whole document. */
  field: string;
  /** Reads after the field name: `must be a number, got "three".` */
  problem: string;
}

/** `rules.title["early exit"]`: the field as a person would type it in YAML. */
function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const key of path) {
    if (typeof key === 'number') name += `[${key}]`;
    else if (/^[A-Za-z_]\w*$/.test(String(key))) name += name ? `.${String(key)}` : String(key);
    else name += `[${JSON.stringify(String(key))}]`;
  }
  return name || 'the frontmatter';
}

/** A value as it reads in YAML, shortened. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The field names of the object schema found at `path`, for "expected one of". */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  type Def = Record<string, unknown> & { type?: string };
  const defOf = (value: unknown): Def | undefined => (value as { _zod?: { def?: Def } } | undefined)?._zod?.def;
  let current: unknown = schema;
  for (const key of [...path, null]) {
    // Unwrap optional, default and pipe wrappers down to the object (or the map of entries).
    for (let depth = 0; depth < 8; depth++) {
      const def = defOf(current);
      if (!def) return [];
      if (def.type === 'object' || def.type === 'record' || def.type === 'array') break;
      // A union's object form (`{ points, why }` beside a plain weight).
      if (def.type === 'union') current = (def.options as unknown[]).find((option) => defOf(option)?.type === 'object');
      else current = def.innerType ?? def.in;
    }
    const def = defOf(current)!;
    if (key === null) return def.type === 'object' ? Object.keys((def.shape as Record<string, unknown> | undefined) ?? {}) : [];
    // In a map of entries (`title: { phrase: points }`) every key leads to the same schema; so does every item of a list.
    current = def.type === 'record' ? def.valueType : def.type === 'array' ? def.element : (def.shape as Record<string, unknown> | undefined)?.[String(key)];
  }
  return [];
}

const article = (type: string): string =>
  ({ array: 'a list', object: 'a map of fields', number: 'a number', string: 'a text', boolean: 'true or false' })[type] ?? `a ${type}`;

/** What is wrong, as a predicate that reads after the field name. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is missing; expected ${article(issue.expected)}.` : `must be ${article(issue.expected)}, got ${show(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty.';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s).`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${show(issue.input)}.`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters long' : ''}, got ${show(issue.input)}.`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(show).join(', ')}, got ${show(issue.input)}.`;
    case 'invalid_key':
      return `has an invalid key ${show(issue.input)}: it ${issue.issues.map((inner) => describe(inner as Issue)).join(' ')}`;
    default:
      return `${issue.message}${issue.input === undefined || issue.code === 'custom' ? '' : `, got ${show(issue.input)}`}.`;
  }
}

/**
 * Turn zod issues into problems a person can act on: the field, the bad
 * value, and what would be accepted. An unknown field becomes one problem
 * per key, with a "did you mean" when a known field is a typo away.
 */
export function describeIssues(schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'invalid_union') return describeUnion(schema, issue);
    if (issue.code !== 'unrecognized_keys') return [{ path: [...issue.path], field: fieldName(issue.path), problem: describe(issue) }];
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known);
      const path = [...issue.path, key];
      return { path, field: fieldName(path), problem: `is not a known field; expected one of ${known.join(', ')}.${hint}` };
    });
  });
}

/**
 * A value that fits none of the forms a field accepts (a weight or `{ points, why }`): the problems of
 * the form whose type it has, or, when it has none of their types, the list of forms.
 */
function describeUnion(schema: z.ZodType, issue: Extract<Issue, { code: 'invalid_union' }>): Problem[] {
  const wrongType = (errors: readonly Issue[]): boolean => errors.length === 1 && errors[0]!.code === 'invalid_type' && errors[0]!.path.length === 0;
  const fitting = issue.errors.filter((errors) => !wrongType(errors as Issue[]));
  if (fitting.length === 1) {
    return describeIssues(schema, (fitting[0] as Issue[]).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
  }
  const forms = issue.errors.map((errors) => {
    const expected = String((errors[0] as { expected?: string }).expected);
    return expected === 'object' ? `\`{ ${knownKeys(schema, issue.path).join(', ')} }\`` : article(expected);
  });
  return [{ path: [...issue.path], field: fieldName(issue.path), problem: `must be ${forms.join(' or ')}, got ${show(issue.input)}.` }];
}

/** Thrown when a content file does not match its schema; one line per problem, each naming the file. */
export class ContentValidationError extends Error {
  readonly file: string;
  /** Each problem as a sentence, without the file: `rules.threshold must be a number, got "three".` */
  readonly sentences: readonly string[];
  constructor(file: string, sentences: readonly string[]) {
    super(sentences.map((sentence) => `${file}: ${sentence}`).join('\n'));
    this.name = 'ContentValidationError';
    this.file = file;
    this.sentences = sentences;
  }
}

/**
 * Parse `data` with `schema`, or throw a ContentValidationError whose lines
 * read `content/topics/x.md: rules.threshold must be a number, got "three".`
 * For the ingest CLI and tests, which run outside Astro.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new ContentValidationError(
    file,
    describeIssues(schema, result.error.issues).map(({ field, problem }) => `${field} ${problem}`),
  );
}

/**
 * The same validation for an Astro collection: Astro prints each issue as
 * `**field**: message` under the entry's name and file, so the message is
 * the predicate from describeIssues and the build error reads like the CLI's.
 */
export function collectionSchema<S extends z.ZodType>(schema: S) {
  return z.unknown().transform((data, context): z.output<S> => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return result.data;
    for (const { path, problem } of describeIssues(schema, result.error.issues)) {
      context.addIssue({ code: 'custom', path, message: problem, input: data });
    }
    return z.NEVER;
  });
}
