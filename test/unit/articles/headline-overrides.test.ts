import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import schema from '../../../schemas/articles.schema.json';
import {
  headlinesOf, parseArticlesFile, serializeArticlesFile, withHeadline,
} from '../../../src/core/articles/headline-overrides';

describe('.sorot/articles.json (headlines the researcher set)', () => {
  it('no file or an empty one is no headline', () => {
    assert.deepEqual(parseArticlesFile(undefined), { ok: true, file: { headlines: {} } });
    assert.deepEqual(parseArticlesFile(' \n'), { ok: true, file: { headlines: {} } });
  });

  it('refuses what it cannot keep intact, saying where', () => {
    const bad: Array<[string, RegExp]> = [
      ['{ "headlines": { "a.txt": "A", } }', /invalid JSON at line 1, column \d+/],
      ['[]', /must contain a JSON object/],
      ['{ "headlines": [] }', /"headlines" must be an object/],
      ['{ "headlines": { "a.txt": 3 } }', /"a\.txt" must be a string/],
      ['{ "headlines": { "a.txt": "A", "a.txt": "B" } }', /duplicate key "a\.txt"/],
    ];
    for (const [text, why] of bad) {
      const r = parseArticlesFile(text);
      assert.ok(!r.ok && why.test(r.error), `${text}: ${JSON.stringify(r)}`);
    }
  });

  it('sets and removes a headline, keeping other keys, and writes stable text', () => {
    const parsed = parseArticlesFile('{ "note": "dipakai tim A", "headlines": { "z/b.txt": "B" } }');
    assert.ok(parsed.ok);
    const set = withHeadline(parsed.file, 'a.txt', '  Judul   Pilihan ');
    assert.equal(serializeArticlesFile(set), '{\n  "note": "dipakai tim A",\n  "headlines": {\n    "a.txt": "Judul Pilihan",\n    "z/b.txt": "B"\n  }\n}\n');
    assert.deepEqual(withHeadline(set, 'a.txt', undefined).headlines, { 'z/b.txt': 'B' });
    assert.deepEqual(withHeadline(set, 'a.txt', ' ').headlines, { 'z/b.txt': 'B' });
    assert.equal(parsed.file.headlines['a.txt'], undefined, 'the parsed file is not changed');
  });

  it('ignores blank headlines a hand edit left', () => {
    const parsed = parseArticlesFile('{ "headlines": { "a.txt": " ", "b.txt": " Dua\\tkata " } }');
    assert.ok(parsed.ok);
    assert.deepEqual([...headlinesOf(parsed.file)], [['b.txt', 'Dua kata']]);
  });

  it('the JSON schema contributed for the file accepts what Sorot writes and rejects a non-string headline', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const written = JSON.parse(serializeArticlesFile(withHeadline({ headlines: {} }, 'berita/a.txt', 'Judul'))) as unknown;
    assert.ok(validate(written), JSON.stringify(validate.errors));
    assert.ok(!validate({ headlines: { 'a.txt': 3 } }));
    assert.ok(!validate({ headlines: [] }));
  });
});
