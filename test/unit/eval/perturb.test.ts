import assert from 'node:assert/strict';
import { validateGold } from '../../../eval/gold';
import type { GoldDocument } from '../../../eval/gold-types';
import { perturbDocument, PERTURBATIONS } from '../../../eval/perturb';
import { parseArgs } from '../../../eval/run';

const text = 'Judul Berita Hari Ini\r\n\r\nJakarta - “Kami siap,” kata Rina Sari.\nEditor: Budi Santoso\n\n';
const span = (t: string, s: string, type: 'PER' | 'GPE') => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s, type, canonical: s });
const doc: GoldDocument = {
  name: 'x',
  articleText: text,
  actors: [span(text, 'Jakarta', 'GPE'), span(text, 'Rina Sari', 'PER'), span(text, 'Budi Santoso', 'PER')],
  quotes: [{ start: text.indexOf('“'), end: text.indexOf('”') + 1, text: '“Kami siap,”', speaker: 'Rina Sari' }],
};

describe('eval perturbations', () => {
  it('every perturbation keeps the gold spans valid against the rewritten text', () => {
    for (const kind of PERTURBATIONS) {
      const p = perturbDocument(doc, kind);
      assert.deepEqual(validateGold({ text: '', actors: p.actors, quotes: p.quotes }, p.articleText), [], kind);
      assert.deepEqual(p.actors.map((a) => a.canonical), doc.actors.map((a) => a.canonical), kind);
    }
  });

  it('rewrites the text as named', () => {
    const get = (kind: (typeof PERTURBATIONS)[number]) => perturbDocument(doc, kind);
    assert.equal(get('nbsp').actors[1].text, 'Rina\u00a0Sari');
    assert.equal(get('double-space').actors[2].text, 'Budi  Santoso');
    assert.equal(get('one-line').articleText, 'Judul Berita Hari Ini Jakarta - “Kami siap,” kata Rina Sari. Editor: Budi Santoso');
    assert.equal(get('crlf').articleText, text.replace(/\r?\n/g, '\r\n'));
    assert.equal(get('straight-quotes').quotes[0].text, '"Kami siap,"');
  });

  it('carries reported statements over like the other spans (and leaves them absent when unannotated)', () => {
    const said = 'Kami siap';
    const withStatements: GoldDocument = { ...doc, reported: [{ start: text.indexOf(said), end: text.indexOf(said) + said.length, text: said, speaker: 'Rina Sari' }] };
    for (const kind of PERTURBATIONS) {
      const p = perturbDocument(withStatements, kind);
      assert.equal(p.reported?.length, 1, kind);
      assert.equal(p.reported[0].text, said, kind);
      assert.equal(p.articleText.slice(p.reported[0].start, p.reported[0].end), said, kind);
      assert.equal(perturbDocument(doc, kind).reported, undefined, kind);
    }
  });

  it('--perturb takes one name or all', () => {
    assert.deepEqual(parseArgs(['--perturb', 'nbsp']).perturb, ['nbsp']);
    assert.deepEqual(parseArgs(['--perturb', 'all']).perturb, PERTURBATIONS);
    assert.deepEqual(parseArgs([]).perturb, []);
    assert.throws(() => parseArgs(['--perturb', 'tabs']), /unknown perturbation tabs/);
  });
});
