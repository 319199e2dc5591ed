// Turns the walkthrough screenshots taken by the web integration suite
// (test-results/screenshots/walkthrough-N-*.png, real workbench screenshots) into the
// images of the Get Started walkthrough (media/walkthrough/N-*.png): cropped to the part
// each step talks about, enlarged for the walkthrough's 1.5x display, 256 colours, so
// the .vsix stays small.
// usage: npm run test:integration -- --suite web && node scripts/walkthrough-media.mjs
// Needs ImageMagick's `convert` (Debian: apt-get install imagemagick).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SHOTS = 'test-results/screenshots';
const OUT = 'media/walkthrough';
// The harness window is 1400 x 850: sidebar x 48-348, editor from x 350, quick input at
// the top from x 400. Each crop is at most 480 px wide, the part the step talks about:
// VS Code shows a walkthrough image at 1/1.5 of its pixel size in a column about 450 px
// wide, so it is enlarged 150% below and shows at the size of the workbench itself (a
// whole-window picture shrank to a third and could not be read).
const IMAGES = [
  { shot: 'walkthrough-1-corpus', out: '1-corpus.png', crop: '300x400+48+40' },
  { shot: 'walkthrough-2-explore', out: '2-explore.png', crop: '460x270+415+228' },
  { shot: 'walkthrough-3-annotate', out: '3-annotate.png', crop: '480x190+410+0' },
  { shot: 'walkthrough-4-review', out: '4-review.png', crop: '480x190+410+0' },
  { shot: 'walkthrough-5-export', out: '5-export.png', crop: '480x190+410+0' },
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
  const r = spawnSync(convert, [src, '-crop', crop, '+repage', '-resize', '150%', '-strip', '-colors', '256', `PNG8:${dest}`], { stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    console.error(`${convert} failed for ${src}${r.error ? `: ${r.error.message}` : ''}`);
    failed = true;
    continue;
  }
  console.log(`${dest} (${(statSync(dest).size / 1024).toFixed(0)} KB) from ${src}`);
}
process.exit(failed ? 1 : 0);
