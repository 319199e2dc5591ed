// An acronym used as a code or as the name of a kind of thing is no body (issue 13): a
// flight or an aircraft type before its number, a kind of bank counted or ranked. A named
// body keeps its mention. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';
import { genericAcronym } from '../../../src/core/recognize/actors/generic-acronym';

const at = (text: string, w: string) => genericAcronym(text, text.indexOf(w), text.indexOf(w) + w.length);

describe('an acronym used as a code or a kind of thing (generic-acronym)', () => {
  it('a code before its number is no actor: a flight, an aircraft type', () => {
    assert.deepEqual(actors('Pesawat dengan nomor penerbangan GA 123 kembali ke bandara asal.'), []);
    assert.deepEqual(actors('Pesawat ATR 72-600 itu mendarat darurat di Sentani.').map((s) => s.split('/')[0]).includes('ATR'), false);
  });

  it('a kind of bank counted, quantified or ranked is no actor', () => {
    assert.deepEqual(actors('Bank itu menjadi BPR ke-14 yang ditutup tahun ini.'), []);
    assert.deepEqual(actors('Banyak BPR kecil tidak sanggup memenuhi modal inti.'), []);
    assert.equal(at('Petugas berjaga di setiap TPS sejak pagi.', 'TPS'), true);
    // every quantifying word of the lexicon counts: "satu" and "jutaan" too (QUANTIFYING_WORDS)
    assert.equal(at('Hanya satu BPR di kabupaten itu yang sehat.', 'BPR'), true);
    assert.equal(at('Dana itu mengalir ke jutaan UMKM di desa.', 'UMKM'), true);
  });

  it('keeps a named body: in a company\'s name, before a year, a score or a school\'s town', () => {
    assert.deepEqual(actors('Direksi PT BPR Sinar Makmur menolak berkomentar.'), ['PT BPR Sinar Makmur/ORG']);
    assert.equal(at('Anggaran itu masuk RAPBN 2027 yang dibahas DPR.', 'RAPBN'), false);
    assert.equal(at('Tim tamu menang atas PSKT 3-1 di kandang.', 'PSKT'), false);
    assert.equal(at('Siswa SMAN 3 Bandung meraih medali emas.', 'SMAN'), false);
    assert.equal(at('Ketua KPU itu hadir.', 'KPU'), false);
  });

  it('keeps a body whose number counts something after it (a number and its unit are no code)', () => {
    assert.equal(at('Kantor PWI 3 hari tutup karena renovasi.', 'PWI'), false);
    assert.equal(at('Ketua BEM 2 periode itu kembali mencalonkan diri.', 'BEM'), false);
    assert.equal(at('Posko BPBD 24 jam melayani warga.', 'BPBD'), false);
    assert.equal(at('Pesawat dengan nomor penerbangan GA 123 tujuan Makassar itu kembali.', 'GA'), true);
  });
  it('a product\'s model code ("X30", "S25") is no actor; a body the KB writes so ("G20") stays one (dev d260)', () => {
    assert.deepEqual(actors('Pabrikan itu menarik ponsel X30 dari pasar.'), []);
    assert.equal(at('Penjualan tablet S25 dihentikan sementara.', 'S25'), true);
    assert.equal(at('Listrik padam, kata manajer PLN UP3 Bekasi.', 'UP3'), false);
    assert.deepEqual(actors('KTT G20 digelar pekan depan.'), ['G20/ORG']);
  });
});
