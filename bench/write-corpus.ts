// Writes a generated corpus for timing the CLI from outside (`sorot analyze --jobs N`):
// COUNT articles of about 1.5 kB (as the editor bench), a folder per thousand, the
// layout the README advises for large corpora.
// usage: npx tsx bench/write-corpus.ts DIR COUNT
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles } from './article-generator';

const [dir, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!dir || !Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: npx tsx bench/write-corpus.ts DIR COUNT\n');
  process.exit(2);
}
let bytes = 0;
for (let i = 0; i < count; i++) {
  const folder = join(dir, `bagian-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
  if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
  const text = generateArticles(1500, 1000 + i);
  writeFileSync(join(folder, `artikel-${String(i).padStart(6, '0')}.txt`), text);
  bytes += Buffer.byteLength(text);
}
process.stdout.write(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${dir}\n`);
