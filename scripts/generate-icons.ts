import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** Background colour of the colour icon, also used as accentColor in the manifest. */
export const ICON_BACKGROUND = { red: 0x1b, green: 0x6e, blue: 0x7e };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SUPERSAMPLES_PER_AXIS = 4;
const MANIFEST_DIRECTORY = path.resolve(__dirname, '../manifest');

type Point = [number, number];

/**
 * Returns true when a point of the symbol lies on the white shape: a calendar with two binding
 * tabs and a tick. Coordinates run from 0 to 1 across the symbol box, y downwards.
 */
function isOnSymbol(x: number, y: number): boolean {
  const inCalendar = inRoundedRect(x, y, [0.05, 0.12], [0.95, 0.95], 0.1);
  const inCalendarPage = x > 0.13 && x < 0.87 && y > 0.32 && y < 0.87;
  const inTab = y > 0.02 && y < 0.2 && ((x > 0.22 && x < 0.32) || (x > 0.68 && x < 0.78));
  const onTick =
    distanceToSegment([x, y], [0.28, 0.6], [0.44, 0.75]) < 0.055 ||
    distanceToSegment([x, y], [0.44, 0.75], [0.74, 0.45]) < 0.055;
  return (inCalendar && !inCalendarPage) || inTab || onTick;
}

function inRoundedRect(x: number, y: number, min: Point, max: Point, radius: number): boolean {
  const nearestX = Math.min(Math.max(x, min[0] + radius), max[0] - radius);
  const nearestY = Math.min(Math.max(y, min[1] + radius), max[1] - radius);
  return Math.hypot(x - nearestX, y - nearestY) <= radius;
}

function distanceToSegment(point: Point, start: Point, end: Point): number {
  const [dx, dy] = [end[0] - start[0], end[1] - start[1]];
  const along = ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / (dx * dx + dy * dy);
  const t = Math.min(Math.max(along, 0), 1);
  return Math.hypot(point[0] - (start[0] + t * dx), point[1] - (start[1] + t * dy));
}

/** Fraction (0 to 1) of a pixel covered by the symbol, from a 4x4 grid of samples. */
function symbolCoverage(pixelX: number, pixelY: number, size: number, margin: number): number {
  let covered = 0;
  for (let sampleY = 0; sampleY < SUPERSAMPLES_PER_AXIS; sampleY++) {
    for (let sampleX = 0; sampleX < SUPERSAMPLES_PER_AXIS; sampleX++) {
      const x = (pixelX + (sampleX + 0.5) / SUPERSAMPLES_PER_AXIS) / size;
      const y = (pixelY + (sampleY + 0.5) / SUPERSAMPLES_PER_AXIS) / size;
      const scale = 1 - 2 * margin;
      covered += isOnSymbol((x - margin) / scale, (y - margin) / scale) ? 1 : 0;
    }
  }
  return covered / SUPERSAMPLES_PER_AXIS ** 2;
}

/** Draws the 192x192 colour icon: the white symbol on an opaque coloured square. */
export function drawColorIcon(size = 192): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let index = 0; index < size * size; index++) {
    const coverage = symbolCoverage(index % size, Math.floor(index / size), size, 0.22);
    const blend = (channel: number): number => Math.round(channel + (255 - channel) * coverage);
    pixels.set(
      [blend(ICON_BACKGROUND.red), blend(ICON_BACKGROUND.green), blend(ICON_BACKGROUND.blue), 255],
      index * 4,
    );
  }
  return encodePng(size, size, pixels);
}

/** Draws the 32x32 outline icon: the symbol in white on a transparent background. */
export function drawOutlineIcon(size = 32): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let index = 0; index < size * size; index++) {
    const coverage = symbolCoverage(index % size, Math.floor(index / size), size, 0.03);
    pixels.set([255, 255, 255, Math.round(255 * coverage)], index * 4);
  }
  return encodePng(size, size, pixels);
}

/** Encodes 8-bit RGBA pixels (row by row, 4 bytes each) as a PNG with no row filtering. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const rowLength = width * 4;
  const filtered = Buffer.alloc((rowLength + 1) * height);
  for (let row = 0; row < height; row++) {
    // Each row starts with its filter type byte, and 0 means the row is stored as is.
    rgba.copy(filtered, row * (rowLength + 1) + 1, row * rowLength, (row + 1) * rowLength);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), default methods, no interlace

  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(filtered, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

if (require.main === module) {
  writeFileSync(path.join(MANIFEST_DIRECTORY, 'color.png'), drawColorIcon());
  writeFileSync(path.join(MANIFEST_DIRECTORY, 'outline.png'), drawOutlineIcon());
  console.log(`Wrote color.png and outline.png to ${MANIFEST_DIRECTORY}`);
}
