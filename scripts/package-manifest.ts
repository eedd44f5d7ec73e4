import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import JSZip from 'jszip';
import { SCHEMAS_DIRECTORY, getTeamsManifestValidator } from '../test/support/schema-validator';

const REPO_ROOT = path.resolve(__dirname, '..');
const MANIFEST_DIRECTORY = path.join(REPO_ROOT, 'manifest');
const TEMPLATE_PATH = path.join(MANIFEST_DIRECTORY, 'manifest.template.json');
const ICON_FILES = ['color.png', 'outline.png'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

/** File name of the zip that is uploaded to Teams. */
export const APP_PACKAGE_FILE_NAME = 'attendance-companion.zip';

/** Default output folder, relative to the repository root. */
export const DEFAULT_OUTPUT_DIRECTORY = path.join(REPO_ROOT, 'build', 'appPackage');

/** Ids written into the manifest template. */
export interface AppPackageIds {
  /** Microsoft App ID of the bot registration (`MicrosoftAppId`). */
  botId: string;
  /** Teams app id (`TEAMS_APP_ID`), which defaults to the bot id. */
  teamsAppId: string;
}

/**
 * Reads the ids from environment variables, throwing an error that names the variable when it is
 * missing or not a GUID.
 */
export function readAppPackageIds(env: Record<string, string | undefined>): AppPackageIds {
  const botId = requireGuid(env, 'MicrosoftAppId');
  const teamsAppId = env.TEAMS_APP_ID?.trim() ? requireGuid(env, 'TEAMS_APP_ID') : botId;
  return { botId, teamsAppId };
}

function requireGuid(env: Record<string, string | undefined>, name: string): string {
  const value = env[name]?.trim();
  if (!value) {
    throw new Error(
      `${name} is missing. Set it in the environment or in .env to the bot's app id.`,
    );
  }
  if (!GUID.test(value)) {
    throw new Error(
      `${name} is not a GUID: "${value}". Use the form 00000000-0000-0000-0000-000000000000.`,
    );
  }
  return value;
}

/** Replaces the `${{TEAMS_APP_ID}}` and `${{BOT_ID}}` placeholders and parses the manifest. */
export function fillManifestTemplate(templateText: string, ids: AppPackageIds): unknown {
  const values: Record<string, string> = { TEAMS_APP_ID: ids.teamsAppId, BOT_ID: ids.botId };
  const filled = templateText.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(
        `Manifest template placeholder ${placeholder} has no value. Remove it from the template or give it a value in fillManifestTemplate.`,
      );
    }
    return value;
  });
  return JSON.parse(filled);
}

/**
 * Fills the manifest template, validates it against the Teams manifest 1.29 schema when the
 * schemas folder is present, and writes manifest.json and the zip to `outputDirectory`.
 */
export async function buildAppPackage(
  ids: AppPackageIds,
  outputDirectory = DEFAULT_OUTPUT_DIRECTORY,
): Promise<{ manifestPath: string; zipPath: string }> {
  const manifest = fillManifestTemplate(await readFile(TEMPLATE_PATH, 'utf8'), ids);
  validateManifest(manifest);
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;

  const zip = new JSZip();
  // A fixed timestamp makes the zip identical for identical inputs.
  const date = new Date('2024-01-01T00:00:00Z');
  zip.file('manifest.json', manifestText, { date });
  for (const icon of ICON_FILES) {
    zip.file(icon, await readFile(path.join(MANIFEST_DIRECTORY, icon)), { date });
  }
  const zipContent = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  await mkdir(outputDirectory, { recursive: true });
  const manifestPath = path.join(outputDirectory, 'manifest.json');
  const zipPath = path.join(outputDirectory, APP_PACKAGE_FILE_NAME);
  await writeFile(manifestPath, manifestText);
  await writeFile(zipPath, zipContent);
  return { manifestPath, zipPath };
}

function validateManifest(manifest: unknown): void {
  if (!existsSync(SCHEMAS_DIRECTORY)) {
    console.warn(`Skipping manifest schema validation: ${SCHEMAS_DIRECTORY} not found.`);
    return;
  }
  const errors = getTeamsManifestValidator()(manifest);
  if (errors.length > 0) {
    throw new Error(
      `Filled manifest is invalid against the Teams schema:\n  ${errors.join('\n  ')}`,
    );
  }
}

function readEnvironment(): Record<string, string | undefined> {
  const dotenvPath = path.join(REPO_ROOT, '.env');
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

async function main(): Promise<void> {
  const { manifestPath, zipPath } = await buildAppPackage(readAppPackageIds(readEnvironment()));
  console.log(
    `Wrote ${path.relative(REPO_ROOT, manifestPath)} and ${path.relative(REPO_ROOT, zipPath)}`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
