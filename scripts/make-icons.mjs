#!/usr/bin/env node
// Draws the add-in's icons (a blue shield with a white check) and writes them as PNG files in assets/.
// No image library: the PNG chunks are assembled by hand (zlib from Node, CRC-32 computed here),
// so the icons can be regenerated anywhere Node runs. Usage: node scripts/make-icons.mjs
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** @typedef {readonly [number, number]} Point x, y in unit coordinates */

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const SHIELD = [0x0f, 0x6c, 0xbd]; // Fluent's brand blue: readable on light and dark ribbons.
const CHECK = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples per pixel give smooth edges even at 16 px.

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Uint8Array} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * @param {number} size
 * @param {Buffer} rgba
 */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // bytes 10-12: compression 0, filter 0, interlace 0
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y += 1) {
    const rowStart = y * (size * 4 + 1);
    raw[rowStart] = 0; // filter "None"
    rgba.copy(raw, rowStart + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// The shield outline in unit coordinates: flat shoulders, straight sides, a curved point at the bottom.
/** @returns {Point[]} */
function shieldPolygon() {
  /** @type {Point[]} */
  const points = [
    [0.5, 0.05],
    [0.9, 0.18],
    [0.9, 0.48],
  ];
  /**
   * @param {Point} from
   * @param {Point} control
   * @param {Point} to
   */
  const curve = (from, control, to) => {
    for (let i = 1; i <= 16; i += 1) {
      const t = i / 16;
      const u = 1 - t;
      points.push([
        u * u * from[0] + 2 * u * t * control[0] + t * t * to[0],
        u * u * from[1] + 2 * u * t * control[1] + t * t * to[1],
      ]);
    }
  };
  curve([0.9, 0.48], [0.88, 0.82], [0.5, 0.96]);
  curve([0.5, 0.96], [0.12, 0.82], [0.1, 0.48]);
  points.push([0.1, 0.18]);
  return points;
}

/**
 * @param {readonly Point[]} polygon
 * @param {number} x
 * @param {number} y
 */
function insidePolygon(polygon, x, y) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = /** @type {Point} */ (polygon[i]);
    const [xj, yj] = /** @type {Point} */ (polygon[j]);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * @param {number} px
 * @param {number} py
 * @param {Point} a
 * @param {Point} b
 */
function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** @type {readonly [Point, Point, Point]} */
const CHECK_PATH = [
  [0.3, 0.5],
  [0.45, 0.65],
  [0.71, 0.36],
];

/** @param {number} size */
function draw(size) {
  const polygon = shieldPolygon();
  // Thicker strokes on tiny icons so the check survives at 16 px.
  const halfStroke = size <= 24 ? 0.075 : 0.06;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const u = (x + (sx + 0.5) / SAMPLES) / size;
          const v = (y + (sy + 0.5) / SAMPLES) / size;
          if (!insidePolygon(polygon, u, v)) continue;
          const d = Math.min(
            distanceToSegment(u, v, CHECK_PATH[0], CHECK_PATH[1]),
            distanceToSegment(u, v, CHECK_PATH[1], CHECK_PATH[2]),
          );
          if (d <= halfStroke) check += 1;
          else shield += 1;
        }
      }
      const total = SAMPLES * SAMPLES;
      const covered = shield + check;
      const offset = (y * size + x) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c += 1)
        rgba[offset + c] = Math.round(((SHIELD[c] ?? 0) * shield + (CHECK[c] ?? 0) * check) / covered);
      rgba[offset + 3] = Math.round((255 * covered) / total);
    }
  }
  return encodePng(size, rgba);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, draw(size));
  console.log(`wrote ${file}`);
}
