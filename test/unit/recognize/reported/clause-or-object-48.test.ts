// Content clause or noun object, session 48 (issue 14): relative clauses whose verb group
// opens with an auxiliary, a firm's "-nya" noun as a subject, an approximate amount as a
// nominal predicate, adjectives nominalised by "-nya", "mengumumkan" with a clause, an
// obligation before a reporting verb, and a coordinated verb that leaves the first verb a
// noun object. Sentences written for this test; each fix has probes it must not change.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: relative clauses in a content (session 48)', () => {
  it('the verb after "yang hanya" belongs to the relative clause: a noun object', () => {
    assert.deepEqual(statementsOf('Ketua RT, Budi Santoso, menunjukkan buku tamu yang hanya diisi tujuh warga.'), []);
  });
  it('the predicate after a relative clause opened by an auxiliary still counts (guard)', () => {
    assert.deepEqual(statementsOf('Camat Budi Santoso menyebut warga yang sempat terisolasi sudah dievakuasi.'),
      ['warga yang sempat terisolasi sudah dievakuasi => Budi Santoso']);
  });
  it('a predicate right after the relative verb still counts (guard)', () => {
    assert.deepEqual(statementsOf('Camat Budi Santoso menyebut jumlah warga yang mengungsi mencapai 300 orang.'),
      ['jumlah warga yang mengungsi mencapai 300 orang => Budi Santoso']);
  });
  it('"ada/banyak N yang …" reads the verb after "yang" as the predicate (guard)', () => {
    assert.deepEqual(statementsOf('Guru Budi Santoso menyebut banyak lagu daerah yang sudah dilupakan murid.'),
      ['banyak lagu daerah yang sudah dilupakan murid => Budi Santoso']);
  });
  it('"baru N yang V": only so many do it, the verb after "yang" is the predicate', () => {
    assert.deepEqual(statementsOf('Kepala Dinas Sosial Budi Santoso memaparkan baru sepertiga warga yang menerima bantuan beras.'),
      ['baru sepertiga warga yang menerima bantuan beras => Budi Santoso']);
  });
  it('a wh-clause "siapa yang akan …" keeps its verb (guard)', () => {
    assert.deepEqual(statementsOf('Anggota DPRD Budi Santoso mempertanyakan siapa yang akan membayar ganti rugi itu.'),
      ['siapa yang akan membayar ganti rugi itu => Budi Santoso']);
  });
});

describe('reported speech: subjects and predicates of a content (session 48)', () => {
  it('"perusahaannya" with a verb after it is the clause subject', () => {
    assert.deepEqual(statementsOf('Direktur PT Sinar Laut, Budi Hartono, membantah perusahaannya mengalami kesulitan keuangan.'),
      ['perusahaannya mengalami kesulitan keuangan => Budi Hartono']);
  });
  it('a nominalised object stays an object (guard)', () => {
    assert.deepEqual(statementsOf('Budi Hartono menyatakan dukungannya terhadap rencana itu.'), []);
  });
  it('"sekitar" with a figure after a noun subject is a stated quantity', () => {
    assert.deepEqual(statementsOf('Pengrajin kapal, Budi Hartono, menyebut biaya perbaikan kapal sekitar Rp5 juta.'),
      ['biaya perbaikan kapal sekitar Rp5 juta => Budi Hartono']);
  });
  it('a counted object, or the same amount again after "atau", is no statement (guard)', () => {
    assert.deepEqual(statementsOf('Budi Hartono menyebut sekitar 12 nama calon anggota.'), []);
    assert.deepEqual(statementsOf('Perusahaan rintisan Kopiku mengumumkan pendanaan senilai 5 juta dollar AS atau sekitar Rp80 miliar.'), []);
  });
  it('an adjective nominalised by "-nya" heads a clause only with a predicate after it', () => {
    assert.deepEqual(statementsOf('Pengamat Budi Hartono menilai lambannya pengumuman justru memberi waktu bagi pelaku.'),
      ['lambannya pengumuman justru memberi waktu bagi pelaku => Budi Hartono']);
    assert.deepEqual(statementsOf('Budi Hartono menyoroti tingginya harga beras di pasar.'), []);
  });
});

describe('reported speech: "mengumumkan" and obligations (session 48)', () => {
  it('"mengumumkan" with a content clause and no "bahwa" is a statement', () => {
    assert.deepEqual(statementsOf('Ketua panitia, Budi Hartono, mengumumkan pertandingan ditunda dua jam karena hujan.'),
      ['pertandingan ditunda dua jam karena hujan => Budi Hartono']);
  });
  it('an announced act of the speaker, or a noun object, is none (guard: actions and plans)', () => {
    assert.deepEqual(statementsOf('Persiba Balikpapan mengumumkan akan memangkas belanja pemain asing.'), []);
    assert.deepEqual(statementsOf('Budi Hartono mengumumkan pemenang lomba di panggung utama.'), []);
  });
  it('a body that "perlu/harus" report says nothing yet: the speaker of the sentence speaks', () => {
    assert.deepEqual(statementsOf('Menurut Budi Hartono, dinas perlu mengumumkan nama toko yang melanggar.'),
      ['dinas perlu mengumumkan nama toko yang melanggar => Budi Hartono']);
  });
});

describe('reported speech: a coordinated verb leaving a noun object (session 48)', () => {
  it('"membenarkan <noun> itu, tetapi menyatakan <clause>": one statement', () => {
    assert.deepEqual(statementsOf('Sekretaris koperasi, Rina Wati, membenarkan daftar itu, tetapi menyatakan rapat tetap sah.'),
      ['rapat tetap sah => Rina Wati']);
  });
  it('two clauses stay two statements (guard)', () => {
    assert.deepEqual(statementsOf('Rina Wati menyebut harga beras naik, tetapi menyatakan stok masih cukup.'),
      ['harga beras naik => Rina Wati', 'stok masih cukup => Rina Wati']);
    assert.deepEqual(statementsOf('Rina Wati mengatakan harga naik dan menegaskan stok masih cukup.'),
      ['harga naik => Rina Wati', 'stok masih cukup => Rina Wati']);
  });
});

describe('reported speech: exclusions the session-48 rules leave alone', () => {
  it('the writer\'s narration, a question, an unnamed source', () => {
    assert.deepEqual(statementsOf('Warga yang sempat mengungsi sudah kembali ke rumah masing-masing.'), []);
    assert.deepEqual(statementsOf('Budi Hartono mempertanyakan apakah biaya itu sekitar Rp5 juta.'), []);
    assert.deepEqual(statementsOf('Seorang pejabat yang enggan disebut namanya mengumumkan jadwal ujian diundur sepekan.'), []);
  });
  it('a verb with only a noun object (the verb of its relative clause is none of the content)', () => {
    assert.deepEqual(statementsOf('Budi Hartono membantah tuduhan yang sudah beredar sejak pekan lalu.'), []);
  });
});
