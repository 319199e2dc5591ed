// Entry point the extension host loads as extensionTestsPath (built once per suite folder
// to out/test/<suite>/index.js). It runs every *.test.js next to it with mocha and
// settles run(): a rejection makes the extension host exit non-zero, which the launcher
// (test/harness/run.mjs or electron.mjs) turns into a failed run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

interface Results {
  suite: string;
  passes: string[];
  failures: { title: string; error: string }[];
  pending: string[];
}

// The harness picks mocha's output out of the workbench log by this tag. console.log
// itself cannot be replaced inside the extension host (VS Code installs forwarding
// getters), so the reporter's own output function is patched instead.
// Colour codes are stripped: mocha turns colours on by itself when CI is set, and the
// lines end up in logs, not on a terminal.
const ANSI_COLOUR = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');
Mocha.reporters.Base.consoleLog = (...args: unknown[]) =>
  console.log(('[exthost] ' + util.format(...args).replace(ANSI_COLOUR, '')).replace(/\n/g, '\n[exthost] '));

export function run(): Promise<void> {
  const suiteName = path.basename(__dirname);
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  if (process.env.SOROT_TEST_GREP) mocha.grep(process.env.SOROT_TEST_GREP);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    const results: Results = { suite: suiteName, passes: [], failures: [], pending: [] };
    const runner = mocha.run((failures) => {
      const file = process.env.VSCODE_TEST_RESULTS;
      if (file) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(results, null, 2));
      }
      if (files.length === 0) reject(new Error(`no *.test.js files in ${__dirname}`));
      else if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.passes.push(t.fullTitle()));
    runner.on('pending', (t) => results.pending.push(t.fullTitle()));
    runner.on('fail', (t, err: Error | undefined) =>
      results.failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err?.message ?? err) }),
    );
  });
}
