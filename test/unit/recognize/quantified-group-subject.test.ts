// speakers43b (issue 14): a statement whose subject is an unnamed group counted by a
// quantifier ("Ribuan pelanggan …") is nobody's, though a body names whose customers they
// are. Own sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { skipLead } from '../../../src/core/recognize/reported/sentences';

const speakers = (t: string): (string | null)[] => (analyze(t).reported ?? []).map((s) => s.speaker);

describe('speakers43b: a counted group as the subject of a reporting verb', () => {
  it('gives the complaint of a company\'s customers to nobody', () => {
    assert.deepEqual(speakers('Ribuan pelanggan air bersih PT Sinar Tirta Mandiri mengeluhkan aplikasi yang tidak bisa dibuka sejak Senin.\n'), []);
    assert.deepEqual(speakers('Bogor, Harian Pakuan - Ratusan pelanggan PT Sinar Tirta Mandiri mengaku air di rumah mereka keruh sejak Senin.\n'), []);
  });

  it('still gives the company its own statement', () => {
    assert.deepEqual(speakers('PT Sinar Tirta Mandiri mengakui aplikasi tidak bisa dibuka sejak Senin.\n'), ['PT Sinar Tirta Mandiri']);
  });

  it('reads a place-and-outlet dateline as no part of the sentence (skipLead)', () => {
    const p = 'Bogor, Harian Pakuan - Ratusan pelanggan mengeluh.';
    assert.equal(skipLead(p, 0, p.length), p.indexOf('Ratusan'));
    const q = 'KOTABARU, kabarkota.id — Warga mengeluh.';
    assert.equal(skipLead(q, 0, q.length), q.indexOf('Warga'));
    // A dash inside a sentence, or one after two commas, is no dateline's.
    const r = 'Budi Santoso mengatakan - dengan suara pelan - bahwa dia lelah.';
    assert.equal(skipLead(r, 0, r.length), 0);
    const s2 = 'Budi, Ani, dan Tono - tiga warga - datang.';
    assert.equal(skipLead(s2, 0, s2.length), 0);
  });
});
