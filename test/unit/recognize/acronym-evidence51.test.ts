// Issue 13 (actors51b): an acronym the KB does not know, right after a lower-case word of
// the sentence with no verb after it ("tidak ada THR", "membeli AC", "armada ATR"), names a
// thing, not a body, unless the article confirms it elsewhere; words that point to an actor
// before it, or a verb after it, keep it an organisation. Sentences written for this test,
// built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as linked } from './helpers';
import { acronymWithoutBodyEvidence } from '../../../src/core/recognize/actors/acronym-evidence';

const orgs = (text: string) => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => a.text);

describe('an unknown acronym needs evidence of a body (actors51b)', () => {
  it('after a lower-case word that points to no actor, with no verb after it: no actor', () => {
    assert.deepEqual(orgs('Para pemetik mengeluh perusahaan tidak pernah membayar THR sejak tiga tahun lalu.'), []);
    assert.deepEqual(orgs('Penyidik meminta rekaman VDR kapal tanker itu segera dibuka.'), []);
    assert.deepEqual(orgs('Warga mengeluhkan unit AC di ruang tunggu yang mati sejak pagi.'), []);
    assert.deepEqual(orgs('Maskapai itu menambah dua armada ATR untuk rute perintis.'), []);
  });
  it('also after a common word opening the sentence ("Data VDR …")', () => {
    assert.deepEqual(orgs('"Data VDR belum pernah diperiksa," kata pengacara itu.'), []);
  });
  it('guard: a word pointing to an actor before it keeps the organisation', () => {
    assert.deepEqual(orgs('"Kami belum menerima salinan putusan," kata Hendra kepada TVKU.'), ['TVKU']);
    assert.deepEqual(orgs('Sengketa itu kini ditangani BPSN sejak Maret.'), ['BPSN']);
    assert.deepEqual(orgs('Pasokan air tersendat sejak Senin. Tangki air dari PDAM baru tiba sore hari.'), ['PDAM']);
    assert.deepEqual(orgs('Laga itu dimenangi tim tamu. Gol tunggal dicetak kapten FKKB pada menit ke-70.'), ['FKKB']);
  });
  it('guard: a verb after it, whose subject it is, keeps the organisation', () => {
    assert.deepEqual(orgs('Hasil imbang itu membuat FKKB tertahan di peringkat kedelapan.'), ['FKKB']);
    assert.deepEqual(orgs('Sehari kemudian, manajer klub itu menyebut LPKB menyatakan dukungan.'), ['LPKB']);
  });
  it('guard: a football club\'s initials (PS and the town\'s) are a club\'s wherever they stand', () => {
    assert.deepEqual(orgs('Tuan rumah gagal menahan PSKB di babak kedua.'), ['PSKB']);
  });
  it('guard: where no lower-case word stands before it the rules decide as before', () => {
    assert.deepEqual(orgs('Di kubu tamu, FKKB tampil tanpa kapten.'), ['FKKB']);
  });
  it('guard: confirmed by the article, the weak acronym is kept (defined in brackets, a region\'s initials)', () => {
    assert.deepEqual(orgs('Gabungan Petani Kopi Gayo (GPKG) menolak harga itu. Para petani kini menunggu jawaban GPKG pekan depan.').filter((t) => t === 'GPKG').length, 2);
    assert.ok(linked('Bupati Kabupaten Timor Tengah Selatan meninjau posyandu. Program gizi di TTS berjalan sejak Januari.').includes('TTS/GPE'));
  });
  it('guard: the first word of a body the article names in full is that body\'s short form', () => {
    // ("gawang FKKB": nothing around it says a body; "FKKB Bintan" does)
    assert.deepEqual(orgs('Bola itu masuk ke gawang FKKB pada menit akhir.'), []);
    assert.deepEqual(orgs('FKKB Bintan kalah 1-2. Bola itu masuk ke gawang FKKB pada menit akhir.'), ['FKKB Bintan', 'FKKB']);
  });
  it('guard: joined by "dan" to an actor just found, it is one of two actors; joined to a weak one, not', () => {
    assert.deepEqual(orgs('Rapat itu dihadiri Bupati Karangjati dan BPKD pada Senin.').filter((t) => t === 'BPKD'), ['BPKD']);
    assert.deepEqual(orgs('Rapat membahas pajak daerah dan BPKD pada Senin.'), []);
    assert.deepEqual(orgs('Warga diminta membawa STNK dan BPKB asli.'), []);
  });
  it('a function word with a verb\'s prefix after it ("tersebut", "terkait", "bersama") is no verb (fix51b)', () => {
    assert.deepEqual(orgs('Buruh pabrik itu mengaku tidak ada THR tersebut sejak tahun lalu.'), []);
    assert.deepEqual(orgs('Penyidik belum membuka data VDR terkait tabrakan kapal itu.'), []);
    assert.deepEqual(orgs('Pemilik rumah mengganti unit AC bersama kipas angin yang rusak.'), []);
    assert.deepEqual(orgs('Menurut polisi, rekaman CCTV berikut ini memperlihatkan pelaku.'), []);
  });
  it('reads the words around the acronym in place', () => {
    const p = 'pekerja tidak mendapat THR tahun ini';
    assert.equal(acronymWithoutBodyEvidence(p, p.indexOf('THR'), p.indexOf('THR') + 3), true);
    const q = 'kata dia kepada THR kemarin';
    assert.equal(acronymWithoutBodyEvidence(q, q.indexOf('THR'), q.indexOf('THR') + 3), false);
  });
});
