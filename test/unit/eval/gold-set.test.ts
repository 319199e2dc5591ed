import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GOLD_DIRS, buildGold } from '../../../eval/build-gold';
import { goldArticleText, loadGoldDir, validateGold } from '../../../eval/gold';
import { parseMarkupFile } from '../../../eval/markup';

const root = resolve(__dirname, '..', '..', '..');
const goldDir = join(root, 'eval', 'gold');
const markupDir = join(goldDir, 'markup');

describe('eval gold set', () => {
  it('markup files and gold files are consistent and up to date', () => {
    const report = buildGold(goldDir, true);
    assert.deepEqual(report.problems, []);
    assert.ok(report.documents >= 24, `only ${report.documents} gold articles`);
  });

  it('the new dev and test sets are consistent, up to date, disjoint and fully resolved', () => {
    const names: string[][] = [];
    for (const dir of GOLD_DIRS.slice(1)) {
      const report = buildGold(dir, true);
      assert.deepEqual(report.problems, [], dir);
      const docs = loadGoldDir(dir);
      names.push(docs.map((d) => d.name));
      for (const d of docs) {
        assert.ok(d.actors.length > 0 && d.quotes.length > 0, `${d.name} has actors and quotes`);
        for (const q of d.quotes) assert.notEqual(q.speaker, '?', `${d.name}: unresolved draft speaker at ${q.start}`);
      }
    }
    assert.ok(names[0].length >= 10 && names[1].length >= 6, `dev ${names[0].length}, test ${names[1].length} articles`);
    assert.deepEqual(names[0].filter((n) => names[1].includes(n)), []);
  });

  it('the text of every sample markup equals samples/<name>.txt byte for byte', () => {
    const samples = readdirSync(join(root, 'samples')).filter((n) => n.endsWith('.txt'));
    assert.ok(samples.length >= 10);
    for (const s of samples) {
      const markup = join(markupDir, s.replace(/\.txt$/, '.md'));
      const doc = parseMarkupFile(readFileSync(markup, 'utf8'));
      assert.equal(resolve(goldDir, doc.textPath), join(root, 'samples', s));
      assert.ok(Buffer.from(doc.text, 'utf8').equals(readFileSync(join(root, 'samples', s))), s);
    }
  });

  it('loads and validates the whole directory', () => {
    const docs = loadGoldDir(goldDir);
    const crlf = docs.find((d) => d.name === '07-ue-sanksi-baru-rusia');
    assert.ok(crlf && crlf.articleText.includes('\r\n'), 'the CRLF sample keeps its line endings');
    for (const d of docs) {
      assert.ok(d.actors.length > 0 && d.quotes.length > 0, `${d.name} has actors and quotes`);
      for (const q of d.quotes) assert.notEqual(q.speaker, '?', `${d.name}: unresolved draft speaker at ${q.start}`);
    }
  });

  it('names every problem of a broken gold file and loads nothing from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sorot-gold-'));
    writeFileSync(join(dir, 'a.txt'), 'Kata Putin.');
    writeFileSync(join(dir, 'ok.gold.json'), JSON.stringify({ text: 'a.txt', actors: [{ start: 5, end: 10, text: 'Putin', type: 'PER', canonical: 'Vladimir Putin' }], quotes: [] }));
    writeFileSync(join(dir, 'bad.gold.json'), '{ "text": "a.txt", "actors": [');
    writeFileSync(join(dir, 'missing.gold.json'), JSON.stringify({ text: 'nope.txt', actors: [], quotes: [] }));
    assert.throws(() => loadGoldDir(dir), (e: Error) => /bad\.gold\.json/.test(e.message) && /missing\.gold\.json: cannot read article/.test(e.message) && !/ok\.gold/.test(e.message));
  });

  it('validates offsets, texts, types and overlaps against the article', () => {
    const text = 'Presiden Rusia Vladimir Putin';
    const ok = { text: 'x', actors: [{ start: 9, end: 14, text: 'Rusia', type: 'GPE', canonical: 'Russia' }], quotes: [] };
    assert.deepEqual(validateGold(ok, text), []);
    const bad = {
      text: 'x',
      actors: [
        { start: 9, end: 14, text: 'Rusla', type: 'GPE', canonical: 'Russia' },
        { start: 12, end: 20, text: 'ia Vladi', type: 'LOC', canonical: '' },
        { start: 20, end: 99, text: 'x', type: 'PER', canonical: 'x' },
      ],
      quotes: [{ start: 0, end: 3, text: 'Pre', speaker: 3 }],
    };
    const problems = validateGold(bad, text).join('\n');
    for (const re of [/actors\[0\]: text "Rusla"/, /actors\[1\]: unknown type/, /actors\[1\]: missing canonical/, /actors\[2\]: bad offsets/, /actors overlap/, /speaker must be/]) {
      assert.match(problems, re);
    }
    assert.deepEqual(validateGold({ text: 'x' }, text), ['"actors" must be an array', '"quotes" must be an array']);
  });

  it('names a quote or statement speaker that is no actor of the article (a typo would score every prediction wrong)', () => {
    const text = 'Kata Putin, perang usai.';
    const gold = (speaker: string | null) => ({
      text: 'x',
      actors: [{ start: 5, end: 10, text: 'Putin', type: 'PER', canonical: 'Vladimir Putin' }],
      quotes: [{ start: 12, end: 23, text: 'perang usai', speaker }],
      reported: [{ start: 12, end: 23, text: 'perang usai', speaker }],
    });
    assert.deepEqual(validateGold(gold('Vladimir Putin'), text), []);
    assert.deepEqual(validateGold(gold(null), text), []);
    assert.deepEqual(validateGold(gold('?'), text), []);
    assert.deepEqual(validateGold(gold('Vladimir Puttin'), text), [
      'quotes[0]: speaker "Vladimir Puttin" is no actor\'s canonical name in this article',
      'reported[0]: speaker "Vladimir Puttin" is no actor\'s canonical name in this article',
    ]);
  });

  it('decodes articles strictly as UTF-8 and drops a BOM', () => {
    assert.equal(goldArticleText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a'), 'A');
    assert.throws(() => goldArticleText(new Uint8Array([0xff, 0x41]), 'x.txt'), /x\.txt: the file is not valid UTF-8/);
    assert.throws(() => goldArticleText(new Uint8Array([0x41, 0x00]), 'x.txt'), /x\.txt: the file looks binary/);
  });
});
