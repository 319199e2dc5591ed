// A body the KB does not know glued to its holder's full name ("Sekretaris Jenderal Gapeksi
// Andi Ruslan mengatakan …"): the name model splits the run into the body and the person
// (actors/glued-holder.ts). Every sentence was written for this test; the bodies and people
// are invented.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as actors } from './helpers';

describe('a body glued to its holder\'s name (glued-holder)', () => {
  it('splits an unknown short name of a body from the full name after it', () => {
    assert.deepEqual(actors('Sekretaris Jenderal Gapeksi Andi Ruslan mengatakan proyek itu tertunda.'), ['Gapeksi/ORG', 'Andi Ruslan/PER']);
  });

  it('gives the holder three words where the third from last reads as a given name, two where it ends the body', () => {
    assert.deepEqual(actors('CEO Dompet Rakyat Kevin Adiputra Halim mengatakan data nasabah aman.'), ['Dompet Rakyat/ORG', 'Kevin Adiputra Halim/PER']);
    assert.deepEqual(actors('Wartawan Radar Tegal Nurul Fitriani berbincang dengan pelatih itu.'), ['Radar Tegal/ORG', 'Nurul Fitriani/PER']);
  });

  it('the person keeps the quote: the speaker is the holder, not the glued run', () => {
    const r = analyze('Sekretaris Jenderal Gapeksi Andi Ruslan menilai lelang itu terlambat. "Kontraktor menunggu kepastian," kata Andi.');
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Andi Ruslan']);
  });

  it('leaves one person whole: a known given name first, a name in apposition after a comma, a name of two words', () => {
    assert.deepEqual(actors('Bupati Lembata Yohanes Bala Wutun meninjau lokasi.'), ['Lembata/GPE', 'Yohanes Bala Wutun/PER']);
    assert.deepEqual(actors('Ketua DPRD Cok Sanusi Wirawan hadir di rapat itu.'), ['DPRD/ORG', 'Cok Sanusi Wirawan/PER']);
    assert.deepEqual(actors('Peneliti lembaga itu, Citra Indriani Kusuma, menilai kasus naik.'), ['Citra Indriani Kusuma/PER']);
    assert.deepEqual(actors('Sekretaris Jenderal Andi Ruslan mengatakan proyek itu tertunda.'), ['Andi Ruslan/PER']);
  });
  it('drops a role noun written with a capital before a full name, and keeps a rare given name', () => {
    assert.deepEqual(actors('Jakarta - Penyanyi Rara Kinanti hadir di pengadilan negeri.'), ['Jakarta/GPE', 'Rara Kinanti/PER']);
    assert.deepEqual(actors('Cok Sanusi Wirawan hadir di pengadilan negeri.'), ['Cok Sanusi Wirawan/PER']);
  });
});
