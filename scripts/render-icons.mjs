// `npm run icons`: renders resources/icon.svg to every icon file the installers need.
//   resources/icons/NxN.png   16 … 1024 (Linux: electron-builder's icon set; the sizes are read
//                             from the file names)
//   resources/icon.png        1024 (the window icon on Linux, and a fallback for every target)
//   resources/icon.ico        Windows: 16 … 256, PNG-compressed entries
//   resources/icon.icns       macOS: 16 … 1024, including the @2x variants
// Rendered by Debian's Chromium through playwright-core (never a downloaded browser), launched as
// the PDF export launches it (core/briefing/chromium.ts, which is why tsx runs this script). The
// ICO and ICNS containers are written here: each is a small header followed by PNG images.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../electron/core/briefing/chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const resources = path.join(root, 'resources');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types with PNG data, and the pixel size each holds. */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic13', 256], // 128@2x
  ['ic08', 256],
  ['ic14', 512], // 256@2x
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
];

/** One PNG per size. The SVG is drawn as an <img>, so its media queries see the icon's size. */
async function renderPngs(svg) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1100 } });
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const pngs = new Map();
    for (const size of SIZES) {
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${source}" width="${size}" height="${size}" ` +
          `style="display:block" alt=""></body></html>`,
      );
      await page.locator('#icon').evaluate((img) => img.decode());
      pngs.set(size, await page.locator('#icon').screenshot({ omitBackground: true }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png) {
  const signature = '89504e470d0a1a0a';
  if (png.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** ICONDIR, one ICONDIRENTRY per image, then the PNG images themselves. */
export function icoFile(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const png of images) {
    const { width, height } = pngSize(png);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(width >= 256 ? 0 : width, 0); // 0 means 256
    entry.writeUInt8(height >= 256 ? 0 : height, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images]);
}

/** 'icns', the file's length, then (type, length including its 8-byte header, PNG) per image. */
export function icnsFile(elements) {
  const parts = elements.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function main() {
  const svg = await readFile(path.join(resources, 'icon.svg'), 'utf8');
  const pngs = await renderPngs(svg);
  const png = (size) => {
    const image = pngs.get(size);
    const actual = pngSize(image);
    if (actual.width !== size || actual.height !== size) {
      throw new Error(`the ${size} px icon came out ${actual.width}×${actual.height}`);
    }
    return image;
  };

  await mkdir(path.join(resources, 'icons'), { recursive: true });
  for (const size of SIZES) {
    await writeFile(path.join(resources, 'icons', `${size}x${size}.png`), png(size));
  }
  await writeFile(path.join(resources, 'icon.png'), png(1024));
  await writeFile(path.join(resources, 'icon.ico'), icoFile(ICO_SIZES.map(png)));
  await writeFile(
    path.join(resources, 'icon.icns'),
    icnsFile(ICNS_TYPES.map(([type, size]) => [type, png(size)])),
  );
  process.stderr.write(
    `render-icons: resources/icons/{${SIZES.join(',')}}.png, icon.png, icon.ico, icon.icns\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
