// Runs before npm start / npm test (prestart, pretest): in a fresh clone, installs the
// locked dependencies so those two commands are the whole set-up. It never touches an
// existing node_modules (reinstalling under someone's feet would break a running build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'node_modules'))) {
  console.log('[setup] node_modules is missing: running npm ci (once)');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
