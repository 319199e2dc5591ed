// Content clauses whose predicate is no verb: an amount after a subject closed by a time word or
// a demonstrative ("upah buruh harian saat ini Rp 70.000 per hari"), and "termasuk" stating
// membership ("keluhan itu termasuk tiga besar aduan", "usulan kami termasuk dalam daftar").
// (speakers51: dev statements lost after "menyebut", "menyatakan", "membenarkan": d106, d349,
// d379, d413.) Sentences written for this test.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: an amount as the predicate', () => {
  it('after a subject closed by "saat ini", "tahun ini", "kini"', () => {
    assert.deepEqual(statementsOf('Ketua serikat pekerja pabrik, Budi Santoso, menyebut upah buruh harian saat ini Rp 70.000 per hari, jauh di bawah upah minimum kabupaten.'),
      ['upah buruh harian saat ini Rp 70.000 per hari, jauh di bawah upah minimum kabupaten => Budi Santoso']);
    assert.equal(clause('kuota beasiswa daerah tahun ini 500 kursi untuk seluruh kabupaten'), true);
    assert.equal(clause('jumlah pengungsi di balai desa kini 1.200 orang'), true);
  });
  it('guard: a figure right after a noun, or after an earlier figure, stays an object\'s', () => {
    assert.equal(clause('korban 40 orang'), false);
    assert.equal(clause('dana 5 miliar rupiah tahun ini 2 kali lipat'), false);
    assert.deepEqual(statementsOf('Kepala BPBD, Andi Saputra, menyebut angka 40 orang kepada wartawan.'), []);
  });
});

describe('reported speech: "termasuk" stating membership', () => {
  it('before "dalam" or "<number> besar", with no comma before it', () => {
    assert.deepEqual(statementsOf('Ketua YLKI Jawa Tengah, Rina Marlina, menyebut keluhan soal tagihan air termasuk tiga besar aduan tahun ini.'),
      ['keluhan soal tagihan air termasuk tiga besar aduan tahun ini => Rina Marlina']);
    assert.equal(clause('permohonan dari Kabupaten Alor termasuk dalam daftar prioritas'), true);
  });
  it('guard: "termasuk" after a comma or before a list is "including"', () => {
    assert.equal(clause('dua orang luka ringan, termasuk dalam perjalanan pulang'), false);
    assert.equal(clause('sejumlah bahan termasuk semen dan pasir'), false);
  });
});
