import { z } from 'astro/zod';
import { didYouMean } from '../util/did-you-mean.ts';
import { MessageError, type Message } from '../util/message.ts';
import { fieldPosition, type Frontmatter } from './frontmatter.ts';

type Issue = z.core.$ZodIssue;

/** The parts of a JSON Schema the field lookup reads. */
interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: JsonSchemaNode | boolean;
  items?: JsonSchemaNode;
  prefixItems?: JsonSchemaNode[];
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

/** A value as it reads in YAML, shortened (by characters, so an emoji is never cut in half). */
function show(value: unknown): string {
  const characters = [...(JSON.stringify(value) ?? String(value))];
  return characters.length > 60 ? `${characters.slice(0, 57).join('')}...` : characters.join('');
}

/** Each schema as JSON Schema, made once: zod's public view of its fields. */
const jsonSchemas = new WeakMap<z.ZodType, JsonSchemaNode>();

/** The field names of the object found at `path` in `schema`, for "expected one of". */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node = jsonSchemas.get(schema);
  if (!node) jsonSchemas.set(schema, (node = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode));
  for (const key of path) {
    const next: JsonSchemaNode | boolean | undefined =
      typeof key === 'number' ? (node.prefixItems?.[key] ?? node.items) : (node.properties?.[String(key)] ?? node.additionalProperties);
    if (!next || next === true) return [];
    node = next;
  }
  return Object.keys(node.properties ?? {});
}

const article = (type: string): string =>
  ({ array: 'a list', object: 'a map of fields', number: 'a number', string: 'a text', boolean: 'true or false' })[type] ?? `a ${type}`;

/** zod's own English for an issue, to tell it from the words a schema's author gave (`.min(1, { message })`). */
const stockMessage = z.locales.en().localeError;

/** The schema's author wrote this issue's message: it says more than ours would, so it is shown as written. */
function hasOwnMessage(issue: Issue): boolean {
  const stock = stockMessage(issue as Parameters<typeof stockMessage>[0]);
  return issue.message !== (typeof stock === 'string' ? stock : stock?.message);
}

/** What is wrong, as a predicate that reads after the field name (or, in the schema's own words, after a colon). */
function describe(issue: Issue): string {
  if (hasOwnMessage(issue)) return `${issue.message}${issue.code === 'invalid_format' ? `, got ${show(issue.input)}` : ''}.`;
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
      return `${issue.message}${issue.input === undefined ? '' : `, got ${show(issue.input)}`}.`;
  }
}

interface Described {
  path: PropertyKey[];
  sentence: string;
  /** A field the schema does not know. */
  unknown: boolean;
}

/** Each schema issue in words: where it is, and the sentence `rules.threshold must be a number, got "three".` */
function describeIssues(schema: z.ZodType, issues: readonly Issue[]): Described[] {
  return issues.flatMap((issue): Described[] => {
    // A schema's own message may be a predicate or a whole sentence: it follows a colon.
    const joint = hasOwnMessage(issue) ? ': ' : ' ';
    if (issue.code !== 'unrecognized_keys') return [{ path: [...issue.path], sentence: `${fieldName(issue.path)}${joint}${describe(issue)}`, unknown: false }];
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return { path, sentence: `${fieldName(path)} is not a known field; expected one of ${known.join(', ')}.${didYouMean(key, known)}`, unknown: true };
    });
  });
}

/**
 * Validate a content file's frontmatter with its zod schema (src/schemas/):
 * the data with defaults filled in, or a MessageError with one message per
 * problem, each at the line and column of the field in the file, naming the
 * bad value, what would be accepted, and (for a misspelt field) the field
 * meant. The one validator of content files: ingest, `npm run check` and the
 * build's collections all come here.
 *
 * @param schemaFile where the schema is, for the fix: `src/schemas/paper.ts`.
 */
export function validateFrontmatter<S extends z.ZodType>(schema: S, frontmatter: Frontmatter, file: string, schemaFile: string): z.output<S> {
  const result = schema.safeParse(frontmatter.data, { reportInput: true });
  if (result.success) return result.data;
  const fix = `give the field a value that ${schemaFile} accepts (every field is described there)`;
  throw new MessageError(
    // An unknown field is pointed at by its key; any other problem by its value.
    describeIssues(schema, result.error.issues).map(({ path, sentence, unknown }): Message => ({ file, ...fieldPosition(frontmatter, path, { key: unknown }), reason: sentence, fix })),
  );
}
