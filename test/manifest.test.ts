import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { drawColorIcon, drawOutlineIcon } from '../scripts/generate-icons';
import {
  APP_PACKAGE_FILE_NAME,
  buildAppPackage,
  fillManifestTemplate,
  readAppPackageIds,
  type AppPackageIds,
} from '../scripts/package-manifest';
import { assertValidTeamsManifest, getTeamsManifestValidator } from './support/schema-validator';

const MANIFEST_DIRECTORY = path.resolve(__dirname, '../manifest');
const BOT_ID = '3f2b8c1e-5d4a-4b7e-9c61-2a8e0f4d7b93';
const TEAMS_APP_ID = 'b7d04a52-91c3-4e6f-8a2d-5c1e9f307b64';

interface DecodedPng {
  width: number;
  height: number;
  colorType: number;
  /** RGBA pixels, 4 bytes each, row by row. */
  pixels: Buffer;
}

interface ManifestShape {
  id: string;
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string }[] }[];
  }[];
}

function buildIds(): AppPackageIds {
  return { botId: BOT_ID, teamsAppId: TEAMS_APP_ID };
}

async function readTemplate(): Promise<string> {
  return readFile(path.join(MANIFEST_DIRECTORY, 'manifest.template.json'), 'utf8');
}

/** Decodes an 8-bit RGBA, non-interlaced PNG, checking every chunk CRC. */
function decodePng(file: Buffer): DecodedPng {
  assert.deepEqual([...file.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset);
    const typeAndData = file.subarray(offset + 4, offset + 8 + length);
    assert.equal(file.readUInt32BE(offset + 8 + length), crc32(typeAndData), 'chunk CRC mismatch');
    chunks.push({
      type: typeAndData.subarray(0, 4).toString('ascii'),
      data: typeAndData.subarray(4),
    });
    offset += 12 + length;
  }

  const header = chunks[0];
  assert.equal(header?.type, 'IHDR');
  assert.equal(chunks.at(-1)?.type, 'IEND');
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = header.data.subarray(8);
  assert.equal(bitDepth, 8);
  assert.equal(colorType, 6, 'expected colour type 6 (RGBA)');
  assert.equal(interlace, 0);

  const compressed = Buffer.concat(
    chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data),
  );
  return { width, height, colorType, pixels: unfilter(inflateSync(compressed), width, height) };
}

/**
 * Removes the filter byte from each row. Only filter type 0 (None) is supported, which is what
 * scripts/generate-icons.ts writes.
 */
function unfilter(data: Buffer, width: number, height: number): Buffer {
  const rowLength = width * 4;
  assert.equal(data.length, (rowLength + 1) * height, 'unexpected image data length');
  const rows: Buffer[] = [];
  for (let row = 0; row < height; row++) {
    const start = row * (rowLength + 1);
    assert.equal(data[start], 0, `row ${row} uses PNG filter type ${data[start]}, expected 0`);
    rows.push(data.subarray(start + 1, start + 1 + rowLength));
  }
  return Buffer.concat(rows);
}

describe('Teams manifest', () => {
  it('is valid once the ids are filled in', async () => {
    assertValidTeamsManifest(fillManifestTemplate(await readTemplate(), buildIds()));
  });

  it('is invalid as an unfilled template', async () => {
    const errors = getTeamsManifestValidator()(JSON.parse(await readTemplate()));

    assert.ok(errors.some((error) => error.startsWith('/id must match pattern')));
    assert.ok(errors.some((error) => error.startsWith('/bots/0/botId must match pattern')));
  });

  it('carries the app id and bot id', async () => {
    const manifest = fillManifestTemplate(await readTemplate(), buildIds()) as ManifestShape;

    assert.equal(manifest.id, TEAMS_APP_ID);
    assert.equal(manifest.bots[0]?.botId, BOT_ID);
  });

  it('installs the bot in every conversation scope', async () => {
    const manifest = fillManifestTemplate(await readTemplate(), buildIds()) as ManifestShape;
    const bot = manifest.bots[0];

    assert.deepEqual(bot?.scopes, ['personal', 'team', 'groupChat']);
    assert.deepEqual(
      bot?.commandLists.map((list) => list.scopes),
      [['personal'], ['team'], ['groupChat']],
    );
    for (const list of bot?.commandLists ?? []) {
      assert.ok(list.commands.some((command) => command.title === 'help'));
      assert.ok(
        list.commands.some((command) => command.title === 'What is the penalty notice threshold?'),
      );
    }
  });

  it('rejects a template placeholder without a value', () => {
    assert.throws(
      () => fillManifestTemplate('{"id": "${{UNKNOWN_ID}}"}', buildIds()),
      /placeholder \$\{\{UNKNOWN_ID\}\} has no value/,
    );
  });
});

describe('readAppPackageIds', () => {
  it('defaults the Teams app id to the bot id', () => {
    assert.deepEqual(readAppPackageIds({ MicrosoftAppId: BOT_ID }), {
      botId: BOT_ID,
      teamsAppId: BOT_ID,
    });
  });

  it('uses TEAMS_APP_ID when set', () => {
    const ids = readAppPackageIds({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID });

    assert.equal(ids.teamsAppId, TEAMS_APP_ID);
  });

  const invalidCases: [string, Record<string, string | undefined>, RegExp][] = [
    ['missing bot id', {}, /^MicrosoftAppId is missing/],
    ['blank bot id', { MicrosoftAppId: '  ' }, /^MicrosoftAppId is missing/],
    ['bot id not a GUID', { MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId is not a GUID: "my-bot"/],
    [
      'app id not a GUID',
      { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: '123' },
      /^TEAMS_APP_ID is not a GUID/,
    ],
  ];
  for (const [name, env, message] of invalidCases) {
    it(`rejects ${name}`, () => {
      assert.throws(() => readAppPackageIds(env), { message });
    });
  }
});

describe('manifest icons', () => {
  it('has a 192x192 opaque colour icon', async () => {
    const png = decodePng(await readFile(path.join(MANIFEST_DIRECTORY, 'color.png')));

    assert.equal(png.width, 192);
    assert.equal(png.height, 192);
    for (let index = 3; index < png.pixels.length; index += 4) {
      assert.equal(png.pixels[index], 255, `transparent pixel at byte ${index}`);
    }
  });

  it('has a 32x32 white-on-transparent outline icon', async () => {
    const png = decodePng(await readFile(path.join(MANIFEST_DIRECTORY, 'outline.png')));
    const alphas: number[] = [];

    assert.equal(png.width, 32);
    assert.equal(png.height, 32);
    for (let index = 0; index < png.pixels.length; index += 4) {
      const [red, green, blue, alpha] = png.pixels.subarray(index, index + 4);
      alphas.push(alpha ?? 0);
      if (alpha !== 0) {
        assert.deepEqual([red, green, blue], [255, 255, 255], `non-white pixel at byte ${index}`);
      }
    }
    assert.ok(alphas.includes(0), 'expected transparent background pixels');
    assert.ok(alphas.includes(255), 'expected fully opaque symbol pixels');
  });

  it('match the output of the icon generator', async () => {
    assert.ok(drawColorIcon().equals(await readFile(path.join(MANIFEST_DIRECTORY, 'color.png'))));
    assert.ok(
      drawOutlineIcon().equals(await readFile(path.join(MANIFEST_DIRECTORY, 'outline.png'))),
    );
  });
});

describe('buildAppPackage', () => {
  let outputDirectory: string;

  beforeEach(async () => {
    outputDirectory = await mkdtemp(path.join(tmpdir(), 'app-package-'));
  });

  afterEach(async () => {
    await rm(outputDirectory, { recursive: true, force: true });
  });

  it('zips the manifest and icons at the root', async () => {
    const { zipPath } = await buildAppPackage(buildIds(), outputDirectory);
    const zip = await JSZip.loadAsync(await readFile(zipPath));

    assert.equal(path.basename(zipPath), APP_PACKAGE_FILE_NAME);
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'manifest.json', 'outline.png']);
  });

  it('zips the same manifest it writes', async () => {
    const { manifestPath, zipPath } = await buildAppPackage(buildIds(), outputDirectory);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    const zipped = await zip.file('manifest.json')?.async('string');
    const written = await readFile(manifestPath, 'utf8');

    assert.equal(zipped, written);
    assertValidTeamsManifest(JSON.parse(written));
  });

  it('zips the icon files unchanged', async () => {
    const { zipPath } = await buildAppPackage(buildIds(), outputDirectory);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    const zippedColor = await zip.file('color.png')?.async('nodebuffer');

    assert.ok(zippedColor?.equals(await readFile(path.join(MANIFEST_DIRECTORY, 'color.png'))));
  });
});
