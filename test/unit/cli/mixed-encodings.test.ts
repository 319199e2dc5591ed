// Issue 11, bad input: a folder whose files are half UTF-8 and half Latin-1 / Windows-1252.
// Every command names each Latin-1 file with the reason and the byte, processes the
// UTF-8 ones, and changes nothing in the folder.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { analyzeCommand } from '../../../src/cli/commands/analyze';
import { exportCommand } from '../../../src/cli/commands/export';
import { validateCommand } from '../../../src/cli/commands/validate';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { claim } from '../export/fixtures';
import { runCaptured } from '../export/cli-run';

const run = (cmd: { run(args: string[]): Promise<number> }, args: string[]) => runCaptured(() => cmd.run(args));

/** Windows-1252 bytes of a text (only the few non-ASCII characters used below). */
function cp1252(text: string): Uint8Array {
  const table: Record<string, number> = { '“': 0x93, '”': 0x94, 'é': 0xe9, 'ü': 0xfc };
  return new Uint8Array(Array.from(text, (ch) => table[ch] ?? ch.charCodeAt(0)));
}

const UTF8_ARTICLES: Record<string, string> = {
  'banjir.txt': 'Banjir Rendam Tiga Kecamatan\nBekasi - Hujan deras sejak Senin malam membuat Kali Bekasi meluap, kata petugas BPBD.\n',
  'pasar.txt': '\uFEFFHarga Cabai Naik\r\nJakarta - Pedagang di Pasar Senen mengatakan harga cabai naik dua kali lipat.\r\n',
  'kopi.txt': 'Ekspor Kopi Meningkat 😀\nLampung - Dinas Perdagangan mencatat ekspor kopi naik tahun ini.\n',
};
const LATIN1_ARTICLES: Record<string, string> = {
  'kafe.txt': 'Kafé Baru di Braga\nBandung - Pemilik kafe mengatakan pengunjung ramai.\n',
  'kutipan.txt': 'Wali Kota Bicara\nSurabaya - “Kami siap,” kata wali kota, Selasa.\n',
  'muller.txt': 'Pelatih Baru Timnas\nJakarta - Pelatih asal Jerman, Thomas Müller, tiba di Jakarta.\n',
};
/** Where the first non-UTF-8 byte of each Latin-1 file is. */
const FIRST_BAD = { 'kafe.txt': 3, 'kutipan.txt': 28, 'muller.txt': 59 };

describe('a folder of half UTF-8, half Latin-1 articles', function () {
  this.timeout(120_000);
  let root: string;
  let corpus: string;

  /** Every file of the corpus folder with its bytes and mtime: proves nothing changed. */
  const snapshot = (): Map<string, string> =>
    new Map(readdirSync(corpus).map((n) => [n, `${readFileSync(join(corpus, n)).toString('base64')}@${statSync(join(corpus, n)).mtimeMs}`]));
  const badLine = (name: string) =>
    new RegExp(`${name.replace('.', '\\.')}: the file is not valid UTF-8 \\(byte 0x[0-9A-F]{2} at byte offset ${FIRST_BAD[name as keyof typeof FIRST_BAD]}, perhaps Latin-1 or Windows-1252\\); re-save it as UTF-8`);

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'sorot-mixed-'));
    corpus = join(root, 'korpus');
    mkdirSync(corpus);
    for (const [name, text] of Object.entries(UTF8_ARTICLES)) {
      writeFileSync(join(corpus, name), text);
      const body = text.replace(/^\uFEFF/, '');
      const exact = body.split(/\r?\n/)[1].split(' - ')[1].slice(0, 20);
      writeFileSync(join(corpus, name.replace('.txt', '.sorot.json')), serializeSidecar({ schemaVersion: 3, article: name, annotations: [claim(body, exact, 'ani')] }));
    }
    for (const [name, text] of Object.entries(LATIN1_ARTICLES)) {
      writeFileSync(join(corpus, name), cp1252(text));
      const exact = text.split('\n')[1].split(' - ')[1].slice(0, 20);
      writeFileSync(join(corpus, name.replace('.txt', '.sorot.json')), serializeSidecar({ schemaVersion: 3, article: name, annotations: [claim(text, exact, 'ani')] }));
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('the fixture really is half and half', () => {
    for (const name of Object.keys(LATIN1_ARTICLES)) {
      const bytes = readFileSync(join(corpus, name));
      assert.ok(bytes[FIRST_BAD[name as keyof typeof FIRST_BAD]] >= 0x80, name);
    }
  });

  it('analyze, export, validate and agreement name each Latin-1 file, process the UTF-8 ones and change nothing', async () => {
    const before = snapshot();
    const files = [...Object.keys(UTF8_ARTICLES), ...Object.keys(LATIN1_ARTICLES)].map((n) => join(corpus, n));

    const analyzed = await run(analyzeCommand, [...files, '--out', join(root, 'analyzed')]);
    assert.equal(analyzed.code, 1);
    assert.deepEqual(readdirSync(join(root, 'analyzed')).sort(), ['banjir.json', 'kopi.json', 'pasar.json']);

    const exported = await run(exportCommand, ['--format', 'jsonl', '--out', join(root, 'exported'), corpus]);
    assert.equal(exported.code, 1);
    const lines = readFileSync(join(root, 'exported', 'annotations.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { article: string });
    assert.deepEqual(lines.map((l) => l.article.split('/').pop()).sort(), ['banjir.txt', 'kopi.txt', 'pasar.txt']);

    const validated = await run(validateCommand, [corpus]);
    assert.equal(validated.code, 1);
    for (const name of Object.keys(UTF8_ARTICLES)) assert.match(validated.out, new RegExp(`OK +.*${name.replace('.txt', '')}\\.sorot\\.json: 1 annotation`));

    const agreement = await run(agreementCommand, [corpus]);
    const reports = { analyze: analyzed.err, export: exported.err, validate: validated.out, agreement: agreement.err };
    for (const [command, report] of Object.entries(reports)) {
      for (const name of Object.keys(LATIN1_ARTICLES)) assert.match(report, badLine(name), `${command} names ${name}:\n${report}`);
      for (const name of Object.keys(UTF8_ARTICLES)) assert.doesNotMatch(report, new RegExp(`${name.replace('.', '\\.')}: the file`), command);
    }
    assert.deepEqual(snapshot(), before, 'no file of the folder was changed, added or removed');
  });
});
