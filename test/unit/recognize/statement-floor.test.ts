// Issues 13 and 14 (speakers43): a reported statement whose speaker is named gives that
// speaker the floor for a following "katanya" (statement-floor.ts). Own sentences about
// fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { statementTakesFloor } from '../../../src/core/recognize/statement-floor';

describe('a named statement\'s speaker takes the floor (statement-floor.ts)', () => {
  it('gives "katanya" to the one the writer talked with, named after "dengan", who told something', () => {
    const t = 'Pada pertemuan tahun lalu, Timor Leste kembali menuding Jakarta menghalangi akses pengamat khusus PBB ke perbatasan di Atambua. ' +
      'Kementerian Pertanian menyebut tuduhan itu tidak berdasar dan mengada-ada. Polanya terulang hampir tiap musim, seperti lagu lama yang diputar ulang.\n\n' +
      'Persoalannya, para petani tidak menilai kita dari surat resmi. Mereka menilai dari apa yang tumbuh di kebun-kebun mereka. ' +
      'Saya pernah berbincang dengan Maria Lopes, pegawai dinas pertanian di Dili, Timor Leste, yang bercerita bantuan traktor dari sebuah negara Eropa ' +
      'rusak dalam dua tahun karena tidak ada suku cadang dan pelatihan.\n\n' +
      '"Kami tidak perlu mesin mahal. Kami perlu teman yang kembali musim depan," katanya.';
    const r = analyze(t);
    assert.deepEqual((r.reported ?? []).map((s) => s.speaker).slice(1), ['Kementerian Pertanian Republik Indonesia', 'Maria Lopes']);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Maria Lopes']);
  });

  it('keeps the floor with the one reporting when the statement\'s speaker is named inside that sentence', () => {
    const p = 'Rudi menjelaskan pemegang saham utama, PT Sentosa Abadi, sudah menyatakan siap membeli.';
    assert.equal(statementTakesFloor(p, p.indexOf('pemegang'), p.indexOf('PT Sentosa'), p.indexOf('siap'), 'menyatakan'), false);
    // after a sentence end, or with no statement before, the named speaker takes it
    const q = 'Rudi menjelaskan harga naik. PT Sentosa Abadi menyatakan siap membeli.';
    assert.equal(statementTakesFloor(q, q.indexOf('harga'), q.indexOf('PT Sentosa'), q.indexOf('siap'), 'menyatakan'), true);
    assert.equal(statementTakesFloor(q, -1, q.indexOf('PT Sentosa'), q.indexOf('siap'), 'menyatakan'), true);
  });

  it('keeps the floor where it was after a relative clause told as background ("yang sebelumnya menyebut")', () => {
    const p = 'Keluhan itu datang dari sejumlah bupati, termasuk Bupati Sleman Rina Wati, yang sebelumnya menyebut dana desa terlambat.';
    assert.equal(statementTakesFloor(p, -1, p.indexOf('Rina'), p.indexOf('dana desa'), 'menyebut'), false);
    const q = 'Saya berbincang dengan Rina Wati, yang bercerita dana desa terlambat.';
    assert.equal(statementTakesFloor(q, -1, q.indexOf('Rina'), q.indexOf('dana desa'), 'bercerita'), true);
  });
});
