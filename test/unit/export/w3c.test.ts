import assert from 'node:assert/strict';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { canonicalAnnotation } from '../../../src/core/annotations/serialize';
import { exportAs } from '../../../src/core/export';
import { importW3c } from '../../../src/core/export/w3c-import';
import { ARTICLE, claim, source, stance } from './fixtures';

// Our own JSON Schemas for the MUST requirements of the W3C Web Annotation Data Model,
// as its test suite checks them: @context, id (a URI), type, target, bodies that are
// recognized resources, never both body and bodyValue, date-times, selectors.
const uri = { type: 'string', format: 'uri' };
const dateTime = { type: 'string', format: 'date-time' };
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const context = { oneOf: [{ const: ANNO }, { type: 'array', contains: { const: ANNO } }] };
const selector = {
  type: 'object',
  required: ['type'],
  properties: { type: { enum: ['FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector', 'SvgSelector', 'RangeSelector'] } },
  allOf: [
    { if: { properties: { type: { const: 'TextPositionSelector' } } }, then: { required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } } },
    { if: { properties: { type: { const: 'TextQuoteSelector' } } }, then: { required: ['exact'], properties: { exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } } } },
  ],
};
const specificResource = { type: 'object', required: ['source'], properties: { source: uri, selector: { type: 'array', minItems: 1, items: selector } }, not: { required: ['value'] } };
const textualBody = {
  type: 'object',
  required: ['value'],
  properties: {
    value: { type: 'string' },
    type: { const: 'TextualBody' },
    purpose: { enum: ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'] },
  },
  not: { anyOf: [{ required: ['items'] }, { required: ['source'] }] },
};
const annotationSchema = {
  type: 'object',
  required: ['@context', 'id', 'type', 'target'],
  properties: {
    '@context': context,
    id: uri,
    type: { oneOf: [{ const: 'Annotation' }, { type: 'array', contains: { const: 'Annotation' } }] },
    created: dateTime,
    modified: dateTime,
    body: { oneOf: [textualBody, { type: 'array', minItems: 1, items: textualBody }] },
    target: { oneOf: [uri, specificResource, { type: 'array', minItems: 1, items: { oneOf: [uri, specificResource] } }] },
  },
  not: { required: ['body', 'bodyValue'] },
};
const collectionSchema = {
  type: 'object',
  required: ['@context', 'id', 'type', 'first', 'total'],
  properties: {
    '@context': context,
    id: uri,
    type: { const: 'AnnotationCollection' },
    label: { type: 'string' },
    total: { type: 'integer', minimum: 1 },
    first: {
      type: 'object',
      required: ['id', 'type', 'items'],
      properties: { id: uri, type: { const: 'AnnotationPage' }, startIndex: { type: 'integer', minimum: 0 }, items: { type: 'array', minItems: 1, items: annotationSchema } },
    },
  },
};

function ajv() {
  const a = new Ajv({ allErrors: true, strict: false });
  addFormats(a);
  return a;
}

const ANNOTATIONS = () => [claim(ARTICLE, 'subsidi akan ditambah'), stance(ARTICLE, 'menolak rencana itu', 'against', 'budi'), source(ARTICLE, 'ANTARA', 'news agency'), claim(ARTICLE, 'menambah\r\nsubsidi pupuk', 'budi')];

describe('W3C Web Annotation export', () => {
  const annotations = ANNOTATIONS();
  const sri = ARTICLE.indexOf('Sri Mulyani');
  const { files } = exportAs('w3c', {
    articles: [
      { path: 'ekonomi/beras harga.txt', text: ARTICLE, annotations, actors: [{ start: sri, end: sri + 11, text: 'Sri Mulyani', type: 'PER', canonical: 'Sri Mulyani Indrawati' }], quotes: [] },
      { path: 'kosong.txt', text: 'Tanpa anotasi.', annotations: [] },
    ],
  });
  const doc = JSON.parse(files[0].contents);

  it('writes one collection per annotated article that satisfies the MUST schemas', () => {
    assert.deepEqual(files.map((f) => f.path), ['ekonomi/beras harga.jsonld']);
    const validate = ajv().compile(collectionSchema);
    assert.ok(validate({ ...doc }), JSON.stringify(validate.errors, null, 1));
    assert.equal(doc.total, 5);
    assert.equal(doc.first.items.length, 5);
  });

  it('rejects what the MUSTs forbid (the schemas are not vacuous)', () => {
    const validate = ajv().compile(annotationSchema);
    const item = doc.first.items[0];
    assert.ok(validate(item));
    assert.ok(!validate({ ...item, id: 'not a uri' }));
    assert.ok(!validate({ ...item, bodyValue: 'x' }));
    assert.ok(!validate({ ...item, created: '1 Mei 2024' }));
    assert.ok(!validate({ ...item, '@context': 'http://example.org/ctx' }));
    const { target: _t, ...noTarget } = item;
    assert.ok(!validate(noTarget));
  });

  it('counts TextPositionSelector offsets in code points (the emoji is one character)', () => {
    const cps = [...ARTICLE];
    for (const item of doc.first.items) {
      const [pos, quote] = item.target.selector;
      assert.equal(pos.type, 'TextPositionSelector');
      assert.equal(cps.slice(pos.start, pos.end).join(''), quote.exact);
    }
    const first = doc.first.items.find((i: { body: Array<{ value: string }> }) => i.body[0].value === 'source');
    assert.equal(first.target.selector[0].start, ARTICLE.indexOf('ANTARA') - 1);
  });

  it('carries kind and fields in bodies and round-trips through import without loss', () => {
    const s = doc.first.items.find((i: { body: Array<{ value: string }> }) => i.body[0].value === 'stance');
    assert.deepEqual(
      s.body.map((b: Record<string, string>) => [b.purpose, b['sorot:field'] ?? null, b.value]),
      [['classifying', null, 'stance'], ['describing', 'holder', 'Budi'], ['describing', 'target', 'subsidi'], ['describing', 'polarity', 'against'], ['describing', 'intensity', '2'], ['tagging', null, 'ekonomi']],
    );
    const back = importW3c(files[0].contents, { texts: new Map([['ekonomi/beras harga.txt', ARTICLE]]) });
    assert.deepEqual(back.errors, []);
    assert.deepEqual([...back.skipped], [['recognized actor and quote annotations (recomputed from the text)', 1]]);
    const got = back.articles.get('ekonomi/beras harga.txt')!.map(canonicalAnnotation);
    const want = annotations.map(canonicalAnnotation);
    assert.deepEqual(got.sort((a, b) => a.target.start - b.target.start), want.sort((a, b) => a.target.start - b.target.start));
  });

  it('re-anchors by the quote when the position is stale, and marks it for review', () => {
    const moved = JSON.parse(files[0].contents);
    const item = moved.first.items.find((i: { body: Array<{ value: string }> }) => i.body[0].value === 'claim');
    item.target.selector[0].start += 3;
    item.target.selector[0].end += 3;
    const back = importW3c(JSON.stringify(moved), { texts: new Map([['ekonomi/beras harga.txt', ARTICLE]]) });
    const all = back.articles.get('ekonomi/beras harga.txt')!;
    assert.equal(all.filter((a) => a.needsReview).length, 2); // the source fixture already had it
    assert.equal(back.warnings.length, 1);
    assert.equal(back.skipped.size, 1);
  });

  it('reports unreadable input instead of throwing', () => {
    assert.match(importW3c('{nope').errors[0], /not valid JSON/);
    const other = importW3c(JSON.stringify({ type: 'Annotation', body: [{ purpose: 'classifying', value: 'claim' }], target: { source: 'https://example.org/x' } }));
    assert.match(other.errors[0], /not under the base IRI/);
  });
});
