// Writes a JSON result next to others without ever leaving a half-written file: the
// bytes go to a temporary sibling first, then a rename replaces the target at once.
import { promises as fsp } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export async function writeTextAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await fsp.writeFile(tmp, text, 'utf8');
  try {
    await fsp.rename(tmp, path);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  }
}
