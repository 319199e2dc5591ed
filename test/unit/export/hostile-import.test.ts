// Hostile input for every parser of untrusted JSON (sidecars, .sorot/schema.json, the
// KB file, JSONL / W3C / brat imports) and zero-width spans: each is a message, never
// an exception, and what is well-formed around it still imports.
import assert from 'node:assert/strict';
import { loadSchemaConfig } from '../../../src/core/annotations/config';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { exportAs } from '../../../src/core/export';
import { importBrat } from '../../../src/core/export/brat-import';
import { importJsonl } from '../../../src/core/export/jsonl-import';
import { importW3c } from '../../../src/core/export/w3c-import';
import { loadBuiltinKb } from '../../../src/core/kb';
import { mergeWorkspaceKbText } from '../../../src/core/kb/workspace-file';
import { jsonTooDeep, MAX_JSON_NESTING } from '../../../src/core/text/json-nesting';
import { parseForEdit } from '../../../src/extension/actors/kb-edits';
import { ARTICLE, claim } from './fixtures';

const DEPTH = 100_000;
const deep = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const texts = new Map([['a.txt', ARTICLE]]);

describe('hostile JSON and empty spans in imports', () => {
  it('the nesting scan counts brackets outside strings only, and finds the place', () => {
    assert.equal(jsonTooDeep('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"[["}'), undefined);
    assert.equal(jsonTooDeep('['.repeat(MAX_JSON_NESTING) + ']'.repeat(MAX_JSON_NESTING)), undefined);
    const found = jsonTooDeep('{\n  "a": ' + '['.repeat(MAX_JSON_NESTING) + ']'.repeat(MAX_JSON_NESTING) + '}');
    assert.deepEqual(found && [found.line, found.column, found.offset], [2, 7 + MAX_JSON_NESTING, 8 + MAX_JSON_NESTING]);
  });

  it('a sidecar nested 100,000 deep is a parse error with its line, not a stack overflow', () => {
    const good = serializeSidecar({ schemaVersion: 3, article: 'a.txt', annotations: [claim(ARTICLE, 'subsidi akan ditambah')] });
    const hostile = good.replace('"tags": []', `"tags": ${deep}`);
    const r = parseSidecarText(hostile);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error.message : '', /^nested more than 64 levels deep at line \d+, column \d+/);
    assert.equal(!r.ok && r.error.kind, 'parse');
    const config = loadSchemaConfig(`{"labels": ${deep}}`);
    assert.match(config.error?.message ?? '', /nested more than 64 levels/);
  });

  it('the KB file and its editor refuse hostile depth with a message', () => {
    const builtin = loadBuiltinKb();
    const r = mergeWorkspaceKbText(builtin, `{"version": ${deep}}`);
    assert.equal(r.kb, builtin);
    assert.equal(r.problems[0].severity, 'error');
    assert.match(r.problems[0].message, /nested more than 64 levels.*nothing was applied/);
    assert.throws(() => parseForEdit(`{"version": 1, "entities": ${deep}}`), /nested more than 64 levels/);
  });

  it('JSONL: the deep line is reported by number, the good lines import', () => {
    const good = exportAs('jsonl', { articles: [{ path: 'a.txt', text: ARTICLE, annotations: [claim(ARTICLE, 'subsidi akan ditambah')] }] }).files[0].contents.trimEnd();
    const r = importJsonl([good, `{"note": ${deep}}`, good.replace(/"note":|}$/, (m) => (m === '}' ? `,"tags2":${deep}}` : m))].join('\n'), { texts });
    assert.deepEqual(r.errors.map((e) => e.replace(/ at column \d+.*/, '')), ['line 2: nested more than 64 levels deep', 'line 3: nested more than 64 levels deep']);
    assert.equal(r.articles.get('a.txt')?.length, 1);
  });

  it('W3C: a deep document is one error, not an exception', () => {
    const r = importW3c(`{"type": "AnnotationPage", "items": ${deep}}`, { texts });
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], /^nested more than 64 levels deep at line 1, column \d+/);
  });

  it('brat: a deep sorot note falls back to placeholder fields for review, with a warning', () => {
    const start = [...ARTICLE.slice(0, ARTICLE.indexOf('Ekonom'))].length;
    const r = importBrat(`T1\tClaim ${start} ${start + 6}\tEkonom\n#1\tAnnotatorNotes T1\tsorot ${deep}\n`, ARTICLE, 'a.txt', ARTICLE, { defaultAnnotator: 'brat', now: '2024-05-02T00:00:00.000Z', newId: () => '01J00000000000000000000000' });
    assert.deepEqual(r.errors, []);
    assert.match(r.warnings[0], /^a\.ann line 1 \(T1\): the sorot note is nested too deeply/);
    assert.equal(r.articles.get('a.txt')?.[0].needsReview, true);
  });

  describe('zero-width spans are refused with a message', () => {
    const exported = JSON.parse(exportAs('w3c', { articles: [{ path: 'a.txt', text: ARTICLE, annotations: [claim(ARTICLE, 'subsidi akan ditambah')] }] }).files[0].contents);
    const item = exported.first.items[0];

    it('W3C: empty exact with an empty position, and empty exact alone', () => {
      const [pos, quote] = item.target.selector;
      const atPos = { ...item, target: { ...item.target, selector: [{ ...pos, end: pos.start }, { ...quote, exact: '' }] } };
      const quoteOnly = { ...item, target: { ...item.target, selector: [{ ...quote, exact: '' }] } };
      for (const anno of [atPos, quoteOnly]) {
        const r = importW3c(JSON.stringify(anno), { texts });
        assert.equal(r.articles.size, 0, JSON.stringify(r.articles));
        assert.equal(r.errors.length, 1);
        assert.match(r.errors[0], /selects no text \(an empty span\); not imported/);
      }
      assert.equal(importW3c(JSON.stringify(item), { texts }).articles.get('a.txt')?.length, 1);
    });

    it('JSONL and brat: an empty span is refused too', () => {
      const line = JSON.parse(exportAs('jsonl', { articles: [{ path: 'a.txt', text: ARTICLE, annotations: [claim(ARTICLE, 'subsidi akan ditambah')] }] }).files[0].contents);
      const r = importJsonl(JSON.stringify({ ...line, end: line.start, exact: '' }), { texts });
      assert.deepEqual(r.errors, ['line 1: the span selects no text (an empty span); not imported']);
      const b = importBrat('T1\tClaim 5 5\t\n', ARTICLE, 'a.txt', ARTICLE);
      assert.deepEqual(b.errors, ['a.ann line 1 (T1): the span selects no text (an empty span); not imported']);
    });
  });
});
