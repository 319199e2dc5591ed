// Content clauses whose predicate carries no verbal prefix, and possessed subjects the clause
// test read as nominalised objects (issue 14: statements lost across the dev articles).
// Fictional sentences.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: predicates without a verbal prefix', () => {
  it('an intransitive verb or a state after the subject makes a clause', () => {
    assert.deepEqual(statementsOf('Peskov menyebut penjualan tiket kereta tumbuh paling cepat tahun ini.'),
      ['penjualan tiket kereta tumbuh paling cepat tahun ini => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Lavrov menyebut pintu air bendungan jebol setelah hujan semalam.'),
      ['pintu air bendungan jebol setelah hujan semalam => Sergey Lavrov']);
    assert.equal(clause('kedua pihak duduk bersama sebelum akhir bulan'), true);
    assert.equal(clause('stok gas di pangkalan langka sejak Senin'), true);
  });
  it('a noun object without a predicate stays an object', () => {
    assert.deepEqual(statementsOf('Peskov menyebut nama tiga pejabat daerah.'), []);
    assert.equal(clause('jadwal rapat kepada para peserta'), false);
  });
});

describe('reported speech: possessed subjects', () => {
  it('a root opening with "ke" and "-nya" is a possessed subject, not a ke-…-an noun', () => {
    assert.equal(clause('keluarganya belum berani pulang ke rumah'), true);
    assert.equal(clause('kelompoknya tidak ikut rapat kemarin'), true);
  });
  it('a ke-…-an noun with "-nya" stays a nominalised object', () => {
    assert.equal(clause('kesiapannya menghadapi laga berikutnya'), false);
  });
  it('"-annya" before a modal or a focus adverb is the clause\'s subject', () => {
    assert.deepEqual(statementsOf('Lavrov mengatakan pasukannya akan menarik diri dari desa itu.'),
      ['pasukannya akan menarik diri dari desa itu => Sergey Lavrov']);
    assert.equal(clause('rombongannya hanya dibekali tiket pulang'), true);
    assert.equal(clause('dukungannya terhadap warga desa'), false);
  });
});

describe('fixA39: a bare predicate right after a noun that a compound goes on from', () => {
  it('"tempat tinggal", "jalur pulang", "data pasien sembuh": a noun object, no statement', () => {
    assert.deepEqual(statementsOf('Kepala BPBD Kabupaten Bima, Lestari Wulandari, menyebut tempat tinggal sementara bagi pengungsi di gedung sekolah.'), []);
    assert.deepEqual(statementsOf('Kepala Dinas Perhubungan Yusuf Maulana menjelaskan jalur pulang bagi pemudik yang melintasi Pantura.'), []);
    assert.deepEqual(statementsOf('Kapolres Bima AKBP Darmawan Putra menjelaskan kronologi kapal tenggelam di perairan Sape.'), []);
    assert.deepEqual(statementsOf('Direktur RSUD Kota Bima, Hasan Basri, menyampaikan data pasien sembuh kepada wartawan.'), []);
    assert.deepEqual(statementsOf('Menteri Pertanian Suharto Wibowo menjelaskan program pupuk murah untuk petani kecil di Nusa Tenggara Barat.'), []);
  });
  it('own probes: a bare word inside a noun object', () => {
    assert.equal(clause('daftar korban tewas kepada keluarga'), false);
    assert.equal(clause('harga gas murah bagi warga miskin'), false);
    assert.equal(clause('rute mudik pulang lewat jalur selatan'), false);
  });
  it('after a closed subject, or with a second cue, it is still a clause', () => {
    assert.equal(clause('jembatan itu runtuh semalam'), true);
    assert.equal(clause('rumahnya rusak parah'), true);
    assert.equal(clause('tiga warga desa tewas akibat longsor'), true);
    assert.equal(clause('harga cabai mahal sejak pekan lalu'), true);
  });
});

describe('fixA39: "mulai dari" and "-nya yang" open noun objects', () => {
  it('the statements the reviewer found are no statements', () => {
    assert.deepEqual(statementsOf('Warga Desa Sukamaju, Siti Aminah, menceritakan keluarganya yang tinggal di pengungsian sejak banjir.'), []);
    assert.deepEqual(statementsOf('Atlet angkat besi Dodi Kurniawan menceritakan perjuangannya mulai dari nol hingga meraih medali.'), []);
    assert.deepEqual(statementsOf('Wakil Wali Kota Dewi Anggraini mengenang perjalanannya mulai dari staf kelurahan hingga menjadi wakil wali kota.'), []);
  });
  it('"mulai" as an aspect word after a possessed subject still makes a clause', () => {
    assert.equal(clause('pasukannya mulai ditarik dari perbatasan'), true);
    assert.equal(clause('usahanya mulai pulih sejak bulan lalu'), true);
  });
  it('own probes: a relative clause after a possessed noun', () => {
    assert.equal(clause('anaknya yang bersekolah di Mataram'), false);
    assert.equal(clause('rumahnya yang hanyut terbawa banjir'), false);
  });
});
