// Exports carry each actor's KB id next to its label and show the entity's current
// canonical name (renames and merges of the workspace KB follow); imports give back the
// ids exactly, so export -> import -> export is unchanged.
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { actorDirectory } from '../../../src/core/annotations/actor-identity';
import type { Annotation } from '../../../src/core/annotations/types';
import { exportAs, importBrat, importJsonl, importW3c, type ExportInput } from '../../../src/core/export';
import { mergeWorkspaceKb } from '../../../src/core/kb';
import type { Kb } from '../../../src/core/kb/types';
import { ARTICLE, claim, source, stance } from './fixtures';

const KB: Kb = {
  entities: [
    { id: 'sri-mulyani', canonical: 'Sri Mulyani Indrawati', type: 'PER', aliases: ['Sri Mulyani Indrawati', 'Sri Mulyani'], description: { en: '', id: '' } },
    { id: 'faisal-basri', canonical: 'Faisal Basri', type: 'PER', aliases: ['Faisal Basri'], description: { en: '', id: '' } },
    { id: 'antara', canonical: 'Antara', type: 'ORG', aliases: ['ANTARA'], description: { en: '', id: '' } },
  ],
  suppress: [],
};

function withActor<T extends Annotation>(a: T, fields: Record<string, unknown>): T {
  const kind = a.kind as 'claim' | 'stance' | 'source';
  return { ...a, [kind]: { ...(a as unknown as Record<string, object>)[kind], ...fields } } as T;
}

function input(): ExportInput {
  const t = ARTICLE;
  return {
    articles: [
      {
        path: 'beras.txt',
        text: t,
        annotations: [
          withActor(claim(t, 'subsidi akan ditambah'), { claimant: 'Sri Mulyani', claimantId: 'sri-mulyani' }),
          withActor(stance(t, 'menolak rencana itu', 'against', 'budi'), { holder: 'Faisal', holderId: 'faisal-basri' }),
          withActor({ ...source(t, 'ANTARA', 'news agency'), status: 'accepted' as const, needsReview: undefined }, { sourceName: 'ANTARA', sourceId: 'antara' }),
          // Free text: no id, never given one.
          withActor(claim(t, 'Pemerintah belum menjawab', 'budi'), { claimant: 'Pemerintah' }),
        ],
      },
    ],
  };
}

const texts = new Map([['beras.txt', ARTICLE]]);
/** Each annotation's quote and kind fields, in text order. */
const fieldsOf = (list: Annotation[]) =>
  [...list].sort((p, q) => p.target.start - q.target.start).map((a) => [a.target.exact, (a as unknown as Record<string, Record<string, unknown>>)[a.kind]]);

describe('actor ids in exports and imports', () => {
  it('CSV has claimant_id, stance_holder_id and source_id columns beside the labels', () => {
    const csv = exportAs('csv', input()).files[0].contents;
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    const header = Object.keys(rows[0]);
    assert.equal(header[header.indexOf('claimant') + 1], 'claimant_id');
    assert.equal(header[header.indexOf('stance_holder') + 1], 'stance_holder_id');
    assert.equal(header[header.indexOf('source_name') + 1], 'source_id');
    const byExact = new Map(rows.map((r) => [r.exact, r]));
    assert.equal(byExact.get('subsidi akan ditambah')!.claimant_id, 'sri-mulyani');
    assert.equal(byExact.get('menolak rencana itu')!.stance_holder_id, 'faisal-basri');
    assert.equal(byExact.get('ANTARA')!.source_id, 'antara');
    assert.equal(byExact.get('Pemerintah belum menjawab')!.claimant_id, '');
  });

  it('with the KB in force, exports show the current canonical name and the surviving id', () => {
    const { kb } = mergeWorkspaceKb(KB, {
      version: 1,
      entities: [
        { id: 'sri-mulyani', canonical: 'Sri Mulyani (Menkeu)' },
        { id: 'antara', mergeInto: 'kantor-berita-antara' },
        { id: 'kantor-berita-antara', canonical: 'Kantor Berita Antara', type: 'ORG' },
      ],
    });
    const options = { actors: actorDirectory(kb) };
    const rows = parse(exportAs('csv', input(), {}, options).files[0].contents, { columns: true }) as Array<Record<string, string>>;
    const byExact = new Map(rows.map((r) => [r.exact, r]));
    assert.deepEqual([byExact.get('subsidi akan ditambah')!.claimant, byExact.get('subsidi akan ditambah')!.claimant_id], ['Sri Mulyani (Menkeu)', 'sri-mulyani']);
    assert.deepEqual([byExact.get('ANTARA')!.source_name, byExact.get('ANTARA')!.source_id], ['Kantor Berita Antara', 'kantor-berita-antara']);
    assert.deepEqual([byExact.get('Pemerintah belum menjawab')!.claimant, byExact.get('Pemerintah belum menjawab')!.claimant_id], ['Pemerintah', '']);

    const jsonl = exportAs('jsonl', input(), {}, options).files[0].contents.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.deepEqual(jsonl.find((r) => r.exact === 'subsidi akan ditambah').claim, { claimant: 'Sri Mulyani (Menkeu)', claimantId: 'sri-mulyani' });

    const w3c = JSON.parse(exportAs('w3c', input(), {}, options).files[0].contents);
    const first = w3c.first.items.find((i: { target: { selector: Array<{ exact?: string }> } }) => i.target.selector[1].exact === 'subsidi akan ditambah');
    assert.deepEqual(
      first.body.filter((b: Record<string, unknown>) => b['sorot:field'] === 'claimant' || b['sorot:field'] === 'claimantId'),
      [
        { type: 'TextualBody', purpose: 'describing', value: 'Sri Mulyani (Menkeu)', 'sorot:field': 'claimant' },
        { type: 'TextualBody', purpose: 'identifying', value: 'sri-mulyani', 'sorot:field': 'claimantId' },
      ],
    );
  });

  it('JSONL carries the id in the kind object, and import -> export is byte-identical', () => {
    const out = exportAs('jsonl', input()).files[0].contents;
    assert.match(out, /"claim":\{"claimant":"Sri Mulyani","claimantId":"sri-mulyani"\}/);
    assert.match(out, /"stance":\{"holder":"Faisal","holderId":"faisal-basri","target"/);
    const back = importJsonl(out, { texts });
    assert.deepEqual(back.errors, []);
    const again = exportAs('jsonl', { articles: [{ path: 'beras.txt', text: ARTICLE, annotations: back.articles.get('beras.txt')! }] }).files[0].contents;
    assert.equal(again, out);
  });

  it('W3C import gives back every id exactly', () => {
    const file = exportAs('w3c', input()).files[0];
    const back = importW3c(file.contents, { texts });
    assert.deepEqual(back.errors, []);
    assert.deepEqual(fieldsOf(back.articles.get('beras.txt')!), fieldsOf(input().articles[0].annotations));
  });

  it('brat import (sorot notes) gives back every id exactly', () => {
    const files = exportAs('brat', input()).files;
    const ann = files.find((f) => f.path === 'beras.ann')!.contents;
    const txt = files.find((f) => f.path === 'beras.txt')!.contents;
    assert.match(ann, /"claimantId":"sri-mulyani"/);
    const back = importBrat(ann, txt, 'beras.txt', ARTICLE);
    assert.deepEqual(back.errors, []);
    assert.deepEqual(fieldsOf(back.articles.get('beras.txt')!), fieldsOf(input().articles[0].annotations));
  });

  it('an import refuses an id that is not a KB slug, naming the record', () => {
    const out = exportAs('jsonl', input()).files[0].contents.replace('"claimantId":"sri-mulyani"', '"claimantId":"Sri Mulyani"');
    const back = importJsonl(out, { texts });
    assert.equal(back.errors.length, 1);
    assert.match(back.errors[0], /^line \d+: \/claim\/claimantId must match pattern/);
  });
});
