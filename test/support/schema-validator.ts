import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** Folder beside the repository that contains the Adaptive Card and Teams manifest schemas. */
export const SCHEMAS_DIRECTORY = path.resolve(REPO_ROOT, '../shared/schemas');

/** Adaptive Card 1.5 schema (JSON Schema draft-06). */
export const ADAPTIVE_CARD_SCHEMA_PATH = path.join(
  SCHEMAS_DIRECTORY,
  'adaptive-card-1.5.schema.json',
);

/** Teams app manifest 1.29 schema (JSON Schema draft-04). */
export const TEAMS_MANIFEST_SCHEMA_PATH = path.join(
  SCHEMAS_DIRECTORY,
  'teams-manifest-1.29.schema.json',
);

/** Checks a value against a schema and returns one readable line per error, empty when valid. */
export type SchemaValidator = (value: unknown) => string[];

type JsonObject = Record<string, unknown>;

const MAX_REPORTED_ERRORS = 20;

let adaptiveCardValidator: SchemaValidator | undefined;
let teamsManifestValidator: SchemaValidator | undefined;

/** Returns the validator for Adaptive Card 1.5 payloads, compiling the schema on first use. */
export function getAdaptiveCardValidator(): SchemaValidator {
  if (adaptiveCardValidator === undefined) {
    // strict: false because the schema adds a non-standard `version` keyword to its definitions.
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addMetaSchema(draft06MetaSchema);
    addFormats(ajv);
    const schema = renameRootId(readSchema(ADAPTIVE_CARD_SCHEMA_PATH));
    const validate = ajv.compile(schema);
    const schemaId = String(schema.$id);

    adaptiveCardValidator = (card) => {
      if (validate(card)) {
        return [];
      }
      const elementErrors = describeElementErrors(card, (type) =>
        ajv.getSchema(`${schemaId}#/definitions/${type}`),
      );
      return limit(elementErrors.length > 0 ? elementErrors : formatErrors(validate.errors, ''));
    };
  }
  return adaptiveCardValidator;
}

/** Returns the validator for Teams app manifests, compiling the schema on first use. */
export function getTeamsManifestValidator(): SchemaValidator {
  if (teamsManifestValidator === undefined) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(readSchema(TEAMS_MANIFEST_SCHEMA_PATH));
    teamsManifestValidator = (manifest) =>
      validate(manifest) ? [] : limit(formatErrors(validate.errors, ''));
  }
  return teamsManifestValidator;
}

/** Fails with the list of schema errors when `card` is not a valid Adaptive Card 1.5. */
export function assertValidAdaptiveCard(card: unknown): void {
  assertNoErrors('Adaptive Card', getAdaptiveCardValidator()(card));
}

/** Fails with the list of schema errors when `manifest` is not a valid Teams manifest 1.29. */
export function assertValidTeamsManifest(manifest: unknown): void {
  assertNoErrors('Teams manifest', getTeamsManifestValidator()(manifest));
}

function assertNoErrors(subject: string, errors: string[]): void {
  if (errors.length > 0) {
    assert.fail(`${subject} is invalid against its schema:\n  ${errors.join('\n  ')}`);
  }
}

function readSchema(schemaPath: string): JsonObject {
  if (!existsSync(schemaPath)) {
    throw new Error(
      `Schema file not found: ${schemaPath}. Place the shared schemas folder beside the repository.`,
    );
  }
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonObject;
}

/**
 * Moves a root `id` to `$id`. The Adaptive Card schema declares draft-06 but names its root id
 * with the draft-04 keyword `id`, which Ajv 8 rejects.
 */
function renameRootId(schema: JsonObject): JsonObject {
  if (!('id' in schema) || '$id' in schema) {
    return schema;
  }
  const { id, ...rest } = schema;
  return { $id: id, ...rest };
}

/**
 * Validates every object with a `type` against the schema definition of that type, because the
 * whole-card schema reports a failed element as a mismatch against every element type it allows.
 * Errors inside a typed child are left to that child, so each line points at one element.
 */
function describeElementErrors(
  card: unknown,
  getDefinition: (type: string) => ValidateFunction | undefined,
): string[] {
  const messages = new Set<string>();

  for (const [pointer, element] of typedObjects(card, '')) {
    const type = String(element.type);
    const validate = getDefinition(type);
    if (validate === undefined) {
      messages.add(`${pointer || '(root)'}/type "${type}" is not an Adaptive Card 1.5 type`);
      continue;
    }
    if (validate(element)) {
      continue;
    }
    const ownErrors = (validate.errors ?? []).filter(
      (error) => !passesThroughTypedChild(element, error.instancePath),
    );
    formatErrors(ownErrors, pointer).forEach((message) => messages.add(message));
  }
  return [...messages];
}

function* typedObjects(value: unknown, pointer: string): Generator<[string, JsonObject]> {
  if (typeof value !== 'object' || value === null) {
    return;
  }
  if (!Array.isArray(value) && typeof (value as JsonObject).type === 'string') {
    yield [pointer, value as JsonObject];
  }
  for (const [key, child] of Object.entries(value)) {
    // Action data is free-form, so a `type` inside it (such as msteams messageBack) is not a card type.
    if (key !== 'data') {
      yield* typedObjects(child, `${pointer}/${key}`);
    }
  }
}

function passesThroughTypedChild(element: JsonObject, instancePath: string): boolean {
  let current: unknown = element;
  for (const segment of instancePath.split('/').slice(1)) {
    current = (current as JsonObject | undefined)?.[segment];
    if (typeof current === 'object' && current !== null && 'type' in current) {
      return true;
    }
  }
  return false;
}

function formatErrors(errors: ErrorObject[] | null | undefined, pointerPrefix: string): string[] {
  return (errors ?? []).map((error) => {
    const location = `${pointerPrefix}${error.instancePath}` || '(root)';
    return `${location} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`;
  });
}

function limit(errors: string[]): string[] {
  const omitted = errors.length - MAX_REPORTED_ERRORS;
  const reported = errors.slice(0, MAX_REPORTED_ERRORS);
  return omitted > 0 ? [...reported, `... and ${omitted} more errors`] : reported;
}
