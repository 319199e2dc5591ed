// Error patterns found on the eleventh batch of dev articles (eval/gold-new/dev d91-d96: a
// cyclone in Tonga, a football transfer, a provincial parliament hearing, a tax rule, a new
// frog species, chilli prices), each with a sentence written for this test, read with the
// built-in KB. Every case failed before its change.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as linked } from './helpers';

describe('dev-set patterns, eleventh batch (issue 13)', () => {
  it('a regional enterprise, a task force and a Red Cross society are organisations by their head (Perumda, Satgas, Palang Merah)', () => {
    assert.deepEqual(linked('Direksi Perumda Tirta Kencana dipanggil.'), [
      'Perumda Tirta Kencana/ORG/Perusahaan Umum Daerah Air Minum Tirta Kencana',
    ]);
    // (a society the KB does not know; the KB names Tonga's and, since session 57, Samoa's and
    // fifteen others' by their English titles: org-foreign-agencies.json, national-institutions.json)
    assert.deepEqual(linked('Satgas Pangan Polri memeriksa gudang. Palang Merah Tuvalu mencatat 5.000 pengungsi.'), [
      'Satgas Pangan Polri/ORG/Satgas Pangan Polri', 'Palang Merah Tuvalu/ORG/Palang Merah Tuvalu',
    ]);
    assert.deepEqual(linked('Palang Merah Samoa mencatat 5.000 pengungsi.'), ['Palang Merah Samoa/ORG/Samoa Red Cross Society']);
  });
  it('a commission of a provincial parliament written in full runs over "Daerah" and takes the official regional identity', () => {
    assert.deepEqual(linked('Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur memanggil direksi.'), [
      'Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur/ORG/Komisi II Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur',
    ]);
  });
  it('a regional parliament named inside a building\'s name is a mention ("Gedung DPRD Kaltim")', () => {
    assert.deepEqual(linked('Rapat digelar di Gedung DPRD Kaltim pada Kamis.'), ['DPRD Kaltim/ORG/Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur']);
  });
  it('a Title Case headline with a number in it is still a headline ("Kirim 40 Ton Bantuan")', () => {
    assert.deepEqual(linked('Indonesia Kirim 40 Ton Bantuan untuk Korban Topan di Tonga\n\nBantuan tiba di Nuku\'alofa.').map((m) => m.split('/')[0]), ['Indonesia', 'Tonga', 'Nuku\'alofa']);
  });
  it('a dateline\'s place may hold an apostrophe between letters ("Nuku\'alofa (ANTARA) -")', () => {
    assert.deepEqual(linked('Ta\'if (ANTARA) - Jemaah tiba pada Selasa.'), ['Ta\'if/GPE/Ta\'if', 'ANTARA/ORG/Lembaga Kantor Berita Nasional Antara']);
  });
  it('an island group the KB does not know is a region, no actor; the known ones stay places ("Kepulauan Ha\'apai", "Kepulauan Riau")', () => {
    assert.deepEqual(linked('Rumah di Kepulauan Ha\'apai rusak berat.'), []);
    assert.deepEqual(linked('Warga Kepulauan Riau dan Kepulauan Solomon hadir.'), ['Kepulauan Riau/GPE/Kepulauan Riau', 'Kepulauan Solomon/GPE/Solomon Islands']);
  });
  it('a league is a competition, no place or organisation ("di Super League", "ke Premier League")', () => {
    assert.deepEqual(linked('Ia mencetak tujuh gol di Super League dan pindah ke Premier League.'), []);
    assert.deepEqual(linked('Liga Arab dan Arab League bertemu.'), ['Liga Arab/ORG/Arab League', 'Arab League/ORG/Arab League']);
  });
  it('laboratory acronyms are no organisations ("DNA", "RNA", "PCR")', () => {
    assert.deepEqual(linked('Peneliti memeriksa DNA katak itu dengan uji PCR.'), []);
  });
  it('a tuition fee and a generic technical unit are no organisations ("UKT", "UPT"; d79, found on the whole dev set)', () => {
    assert.deepEqual(linked('Kenaikan UKT ditolak, sementara Kepala UPT Puskesmas Sungai Raya hadir.'), []);
  });
  it('an English name ending in Commission or Authority is an organisation, after another organisation tail too ("Tonga Broadcasting Commission")', () => {
    assert.deepEqual(linked('Pidato itu disiarkan Tonga Broadcasting Commission dan Civil Aviation Authority.'), [
      'Tonga Broadcasting Commission/ORG/Tonga Broadcasting Commission', 'Civil Aviation Authority/ORG/Civil Aviation Authority',
    ]);
  });
});
