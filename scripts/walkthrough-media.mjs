// Turns the walkthrough screenshots taken by the web integration suite
// (test-results/screenshots/walkthrough-N-*.png, real workbench screenshots) into the
// images of the Get Started walkthrough (media/walkthrough/N-*.png): cropped to the part
// each step talks about, at most 900 px wide, 256 colours, so the .vsix stays small.
// usage: npm run test:integration -- --suite web && node scripts/walkthrough-media.mjs
// Needs ImageMagick's `convert` (Debian: apt-get install imagemagick).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SHOTS = 'test-results/screenshots';
const OUT = 'media/walkthrough';
// The harness window is 1400 x 850: sidebar x 0-350, editor and quick input from x 350.
const IMAGES = [
  { shot: 'walkthrough-1-corpus', out: '1-corpus.png', crop: '350x780+0+36' },
  { shot: 'walkthrough-2-explore', out: '2-explore.png', crop: '1050x400+350+36' },
  { shot: 'walkthrough-3-annotate', out: '3-annotate.png', crop: '1050x330+350+0' },
  { shot: 'walkthrough-4-review', out: '4-review.png', crop: '1050x330+350+0' },
  { shot: 'walkthrough-5-export', out: '5-export.png', crop: '1050x330+350+0' },
];

/** The first real ImageMagick on this machine (a `convert` earlier on PATH may be a stand-in). */
function findConvert() {
  for (const cmd of ['convert', '/usr/bin/convert', 'magick']) {
    const r = spawnSync(cmd, ['-version'], { encoding: 'utf8' });
    if (r.status === 0 && /ImageMagick/.test(r.stdout)) return cmd;
  }
  console.error('ImageMagick is not installed (Debian: apt-get install imagemagick)');
  return process.exit(1);
}
const convert = findConvert();

mkdirSync(OUT, { recursive: true });
let failed = false;
for (const { shot, out, crop } of IMAGES) {
  const src = path.join(SHOTS, `${shot}.png`);
  if (!existsSync(src)) {
    console.error(`missing ${src}: run the web suite first (node test/harness/run.mjs --suite web)`);
    failed = true;
    continue;
  }
  const dest = path.join(OUT, out);
  const r = spawnSync(convert, [src, '-crop', crop, '+repage', '-resize', '900x>', '-strip', '-colors', '256', `PNG8:${dest}`], { stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    console.error(`${convert} failed for ${src}${r.error ? `: ${r.error.message}` : ''}`);
    failed = true;
    continue;
  }
  console.log(`${dest} (${(statSync(dest).size / 1024).toFixed(0)} KB) from ${src}`);
}
process.exit(failed ? 1 : 0);
