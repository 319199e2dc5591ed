// A noun object followed by an adverbial clause ("menyesalkan keputusan wasit yang … ketika
// penyerangnya dijatuhkan", "memastikan gelar juara umum setelah merebut lima emas"): the verb
// after the subordinator is the circumstance's, not a predicate of a content clause, so the
// reporting verb has a noun object and no statement (spec: a reporting verb with only a noun
// object). A main verb group after the circumstance still makes a clause. (speakers51: four
// dev false statements, d112, d223, d362, d388.) Sentences written for this test.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: a noun object with a circumstance clause after it', () => {
  it('no statement: the verb after "ketika", "setelah", "karena" is the circumstance\'s', () => {
    assert.deepEqual(statementsOf('Pelatih Persiba, Budi Hartono, menyesalkan keputusan wasit yang tidak memberi tendangan bebas ketika penyerangnya dijatuhkan di depan kotak.'), []);
    assert.deepEqual(statementsOf('Ketua kontingen Jawa Barat, Rudi Santoso, memastikan posisi teratas klasemen medali Kejurnas Panahan setelah merebut lima emas.'), []);
    assert.deepEqual(statementsOf('Anggota DPRD, Ahmad Fauzi, mempertanyakan banyaknya pasien yang ditolak rumah sakit karena tidak membawa kartu.'), []);
    assert.equal(clause('trofi juara nomor perorangan setelah menyingkirkan unggulan pertama'), false);
  });
  it('guard: a predicate before the subordinator keeps the clause', () => {
    assert.deepEqual(statementsOf('Camat Sukajaya, Dedi Kusnadi, menyebut hujan deras turun ketika warga tidur.'), ['hujan deras turun ketika warga tidur => Dedi Kusnadi']);
    assert.deepEqual(statementsOf('Ketua kelompok tani, Slamet Riyadi, mengeluhkan harga pupuk naik setelah subsidi dicabut.'), ['harga pupuk naik setelah subsidi dicabut => Slamet Riyadi']);
  });
  it('guard: a time phrase after "setelah" (no verb) ends no search', () => {
    assert.equal(clause('ruam ringan setelah vaksinasi adalah reaksi yang wajar'), true);
  });
  it('guard: a main verb group after the circumstance makes a clause', () => {
    assert.equal(clause('penumpang yang membeli tiket karena ingin pulang kampung bisa meminta uang kembali'), true);
    assert.equal(clause('pedagang yang pindah karena tidak mampu membayar sewa akan mendapat kios baru'), true);
  });
  it('guard: a request keeps its content after "agar"', () => {
    assert.deepEqual(statementsOf('Bupati Garut, Ahmad Rizal, meminta warga agar mengungsi sebelum malam.').length, 1);
  });
  it('guard: an adverb or auxiliary between the modal and the main verb keeps the clause', () => {
    assert.equal(clause('sekolah yang rusak setelah gempa melanda akan segera diperbaiki pekan depan'), true);
    assert.equal(clause('bantuan setelah diverifikasi akan langsung disalurkan'), true);
    assert.equal(clause('jalan yang amblas ketika hujan turun harus tetap ditutup sementara'), true);
    assert.deepEqual(statementsOf('Camat Sukamaju, Herman Lubis, menyebut bantuan setelah diverifikasi akan langsung disalurkan.'), ['bantuan setelah diverifikasi akan langsung disalurkan => Herman Lubis']);
  });
});
