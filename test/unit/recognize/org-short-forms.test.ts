import assert from 'node:assert/strict';
import { resolveShortOrganisationNames } from '../../../src/core/recognize/org-short-forms';
import type { ActorMention } from '../../../src/core/recognize/types';
import { analyze } from '../../../src/core/recognize/analyze';

const org = (text: string, canonical = text): ActorMention => ({ start: 0, end: text.length, text, type: 'ORG', canonical });

describe('short forms of organisations named in full in the article (link pass)', () => {
  it('an unknown organisation of two words or more takes the identity of the fuller name it starts', () => {
    const ms = [org('Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur', 'Komisi II Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur'), org('Komisi II')];
    resolveShortOrganisationNames(ms, () => true);
    assert.equal(ms[1].canonical, 'Komisi II Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur');
  });
  it('none when two fuller names with different identities start with it, for a word not ending at a word boundary, or for a known one', () => {
    const two = [org('Komisi II DPRD Jambi', 'A'), org('Komisi II DPRD Riau', 'B'), org('Komisi II DPRD')];
    resolveShortOrganisationNames(two, () => true);
    assert.equal(two[2].canonical, 'Komisi II DPRD');
    const partWord = [org('Bank Sumsel Babel'), org('Bank Sums')];
    resolveShortOrganisationNames(partWord, () => true);
    assert.equal(partWord[1].canonical, 'Bank Sums');
    const known = [org('Komisi II Dewan Perwakilan Rakyat Daerah Jambi', 'X'), org('Komisi II')];
    resolveShortOrganisationNames(known, (k) => k === 0);
    assert.equal(known[1].canonical, 'Komisi II');
  });
  it('in an article, with the built-in KB', () => {
    const { actors } = analyze('Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur memanggil direksi. Ketua Komisi II, Sapto Wibisono, membuka rapat.');
    assert.deepEqual(actors.map((a) => `${a.text}/${a.canonical}`).slice(0, 2), [
      'Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur/Komisi II Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur',
      'Komisi II/Komisi II Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur',
    ]);
  });
  it('a short head written out ("Satgas" for "Satuan Tugas") names the same body (recog37, d173)', () => {
    const text = 'Satuan Tugas Antimafia Bola Polri menetapkan tiga tersangka. Ketua Satgas Antimafia Bola, Brigjen Arif, menjelaskan.';
    assert.deepEqual(analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`), [
      'Satuan Tugas Antimafia Bola Polri/Satuan Tugas Antimafia Bola Polri', 'Satgas Antimafia Bola/Satuan Tugas Antimafia Bola Polri',
    ]);
  });
  it('a cooperative or farmers\' group named by its short head ("Kopontren", "KUD", "Gapoktan") is the body named in full (issue 13, d490)', () => {
    const orgs = (text: string) => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);
    assert.deepEqual(orgs('Koperasi Pondok Pesantren Nurul Huda Assalafiyah memasok sayur ke dapur umum. Ketua Kopontren Nurul Huda menyebut pasokan naik.'), [
      'Koperasi Pondok Pesantren Nurul Huda Assalafiyah/Koperasi Pondok Pesantren Nurul Huda Assalafiyah',
      'Kopontren Nurul Huda/Koperasi Pondok Pesantren Nurul Huda Assalafiyah',
    ]);
    const ms = [org('Koperasi Unit Desa Tirta Makmur Abadi'), org('KUD Tirta Makmur'), org('Gabungan Kelompok Tani Sido Rukun Jaya'), org('Gapoktan Sido Rukun')];
    resolveShortOrganisationNames(ms, () => true);
    assert.deepEqual(ms.map((m) => m.canonical), ['Koperasi Unit Desa Tirta Makmur Abadi', 'Koperasi Unit Desa Tirta Makmur Abadi',
      'Gabungan Kelompok Tani Sido Rukun Jaya', 'Gabungan Kelompok Tani Sido Rukun Jaya']);
  });
  it('the short head of the whole name ("Gapoktan Sri Rejeki" after "Gabungan Kelompok Tani Sri Rejeki") is the same body', () => {
    const orgs = (text: string) => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);
    assert.deepEqual(orgs('Gabungan Kelompok Tani Sri Rejeki membagikan bibit jagung kepada anggotanya. Pengurus Gapoktan Sri Rejeki menyebut stok cukup.'), [
      'Gabungan Kelompok Tani Sri Rejeki/Gabungan Kelompok Tani Sri Rejeki',
      'Gapoktan Sri Rejeki/Gabungan Kelompok Tani Sri Rejeki',
    ]);
    assert.deepEqual(orgs('Koperasi Pondok Pesantren Miftahul Falah membuka gerai baru. Bendahara Kopontren Miftahul Falah mencatat omzet naik.'), [
      'Koperasi Pondok Pesantren Miftahul Falah/Koperasi Pondok Pesantren Miftahul Falah',
      'Kopontren Miftahul Falah/Koperasi Pondok Pesantren Miftahul Falah',
    ]);
  });
  it('a short head over another body\'s name, or another head over the same name, stays apart', () => {
    const orgs = (text: string) => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);
    assert.deepEqual(orgs('Gabungan Kelompok Tani Sri Rejeki membagikan bibit jagung. Pengurus Gapoktan Sumber Pangan menyebut stok cukup.'), [
      'Gabungan Kelompok Tani Sri Rejeki/Gabungan Kelompok Tani Sri Rejeki',
      'Gapoktan Sumber Pangan/Gapoktan Sumber Pangan',
    ]);
    const ms = [org('Koperasi Unit Desa Sri Rejeki'), org('Gapoktan Sri Rejeki'), org('Gabungan Kelompok Tani Sri Rejeki Makmur', 'A'), org('Gabungan Kelompok Tani Sri Rejeki', 'B'), org('Gapoktan Sri Rejeki')];
    resolveShortOrganisationNames(ms.slice(0, 2), () => true);
    assert.equal(ms[1].canonical, 'Gapoktan Sri Rejeki');
    // the whole name, named in full, wins over a longer name it starts
    const both = ms.slice(2);
    resolveShortOrganisationNames(both, () => true);
    assert.equal(both[2].canonical, 'B');
  });
  it('a short head whose written-out form names no body in the article stays as written', () => {
    const ms = [org('Koperasi Unit Desa Tirta Makmur Abadi'), org('KUD Sumber Rezeki'), org('Kopontren Tirta Makmur')];
    resolveShortOrganisationNames(ms, () => true);
    assert.deepEqual(ms.map((m) => m.canonical), ['Koperasi Unit Desa Tirta Makmur Abadi', 'KUD Sumber Rezeki', 'Kopontren Tirta Makmur']);
  });
  it('a name written as the identity of a club named in full before is that club, not a place (recog37, d173)', () => {
    const text = 'Laga antara Bintang Timur FC dan tim tamu berakhir 3-1.\n\nBintang Timur juga membebastugaskan manajernya.';
    assert.deepEqual(analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`), [
      'Bintang Timur FC/ORG/Bintang Timur', 'Bintang Timur/ORG/Bintang Timur',
    ]);
  });
  it('a company\'s leading words after "PT" name the company (dev d320); its name after "PT" alone is not joined', () => {
    const text = 'Penyelenggara konser, PT Nada Swara Kreasindo, membantah belum membayar honor. Direktur Nada Swara, Hendra Simatupang, mengatakan uang muka sudah dibayar.';
    assert.deepEqual(analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`), [
      'PT Nada Swara Kreasindo/PT Nada Swara Kreasindo', 'Nada Swara/PT Nada Swara Kreasindo',
    ]);
    const whole = [org('PT Pupuk Nusantara (Persero)'), org('Pupuk Nusantara (Persero)'), org('Pupuk Nusantara')];
    resolveShortOrganisationNames(whole, () => true);
    assert.deepEqual(whole.map((m) => m.canonical), ['PT Pupuk Nusantara (Persero)', 'Pupuk Nusantara (Persero)', 'Pupuk Nusantara']);
  });
  it('a water utility\'s name after its head, read as a person later, is the utility (dev d304)', () => {
    const per = (text: string, start: number): ActorMention => ({ start, end: start + text.length, text, type: 'PER', canonical: text });
    const utility = { ...org('Perumda Air Minum Tirta Kahuripan', 'Perusahaan Umum Daerah Air Minum Tirta Kahuripan') };
    const ms = [utility, per('Tirta Kahuripan', 200)];
    resolveShortOrganisationNames(ms, () => true);
    assert.equal(`${ms[1].type}/${ms[1].canonical}`, 'ORG/Perusahaan Umum Daerah Air Minum Tirta Kahuripan');
    // before the utility is named, or after a company's "PT", a person stays one
    const before = [{ ...utility, start: 300, end: 333 }, per('Tirta Kahuripan', 10)];
    resolveShortOrganisationNames(before, () => true);
    assert.equal(before[1].type, 'PER');
    const company = [org('PT Hartono Sukses'), per('Hartono Sukses', 200)];
    resolveShortOrganisationNames(company, () => true);
    assert.equal(company[1].type, 'PER');
  });
});
