// A name first written in a Title Case headline, where only KB names are read, and found
// with a clear clue in the body: the headline's occurrence is the same actor (issue 13,
// dev batch 4). Sentences written for this test, read with the built-in KB.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('headline names confirmed by the body (link pass)', () => {
  it('an unknown university in the headline, named with its head in the body', () => {
    assert.deepEqual(linked('Mahasiswa Universitas Mulawarman Tolak Kenaikan UKT\n\nRatusan mahasiswa Universitas Mulawarman berunjuk rasa, Selasa.'), [
      'Universitas Mulawarman/ORG/Universitas Mulawarman', 'Universitas Mulawarman/ORG/Universitas Mulawarman',
    ]);
  });
  it('a headline name replaces the KB name inside it ("Timnas Indonesia U-23")', () => {
    const got = linked('Timnas Indonesia U-23 Kalah Tipis di Hanoi\n\nPelatih Timnas Indonesia U-23 mengakui timnya lambat.').filter((a) => !a.startsWith('Hanoi'));
    assert.equal(got.length, 2);
    assert.equal(got[0], got[1]);
    assert.match(got[0], /^Timnas Indonesia U-23\/ORG\//);
  });
  it('an acronym the body defines', () => {
    assert.deepEqual(linked('KPPU Telisik Merger Dua Operator\n\nKomisi Pengawas Persaingan Usaha (KPPU) mulai menilai rencana itu.'), [
      'KPPU/ORG/Komisi Pengawas Persaingan Usaha', 'Komisi Pengawas Persaingan Usaha/ORG/Komisi Pengawas Persaingan Usaha', 'KPPU/ORG/Komisi Pengawas Persaingan Usaha',
    ]);
  });
  it('a company\'s short name in the headline after "PT … Teknologi" in the body', () => {
    assert.deepEqual(linked('Komdigi Panggil Startup Lintas Nalar\n\nKementerian memanggil PT Lintas Nalar Teknologi pada Selasa.').filter((a) => a.includes('Lintas')), [
      'Lintas Nalar/ORG/PT Lintas Nalar Teknologi', 'PT Lintas Nalar Teknologi/ORG/PT Lintas Nalar Teknologi',
    ]);
  });
  it('a company\'s short name without a closing word of good omen ("PT … Prima") is the company in the body too (dev d263)', () => {
    assert.deepEqual(linked('Pabrik PT Mentari Kapur Prima di Ketapang berhenti. Bagi Mentari Kapur, pasokan itu vital.').filter((a) => a.includes('Kapur')), [
      'PT Mentari Kapur Prima/ORG/PT Mentari Kapur Prima', 'Mentari Kapur/ORG/PT Mentari Kapur Prima',
    ]);
  });
  it('an article delivered as one line: its opening, up to the dateline\'s dash, is read as the headline', () => {
    const text = 'Mahasiswa Universitas Mulawarman Tolak Kenaikan UKT Samarinda, IDN Times - Ratusan mahasiswa Universitas Mulawarman berunjuk rasa, Selasa. ' +
      'Mereka menolak kenaikan uang kuliah bagi mahasiswa baru tahun ajaran depan yang di sejumlah program studi mencapai empat puluh persen dari tarif lama.';
    assert.deepEqual(linked(text).filter((a) => a.startsWith('Universitas')), [
      'Universitas Mulawarman/ORG/Universitas Mulawarman', 'Universitas Mulawarman/ORG/Universitas Mulawarman',
    ]);
  });
  it('spacing may differ between the headline and the body (a no-break space, two spaces)', () => {
    assert.deepEqual(linked('Mahasiswa Universitas\u00a0Mulawarman Tolak Kenaikan UKT\n\nRatusan mahasiswa Universitas  Mulawarman berunjuk rasa, Selasa.').map((a) => a.split('/')[1]), ['ORG', 'ORG']);
  });
  it('a body sentence is not read this way, nor a headline word inside another word', () => {
    assert.deepEqual(linked('Warga Mulawarmanan Berkumpul di Alun-alun\n\nRatusan mahasiswa Universitas Mulawarman berunjuk rasa, Selasa.'), [
      'Universitas Mulawarman/ORG/Universitas Mulawarman',
    ]);
  });
});

describe('a company named without its sector word (link pass)', () => {
  it('"Sinyal Raya" after "PT Sinyal Raya Telekomunikasi Tbk" is the company, not a person', () => {
    assert.deepEqual(linked('Operator PT Sinyal Raya Telekomunikasi Tbk akan merger.\nDirektur Utama Sinyal Raya, Hendra Lim, optimistis.').filter((a) => a.includes('Sinyal')), [
      'PT Sinyal Raya Telekomunikasi Tbk/ORG/PT Sinyal Raya Telekomunikasi Tbk', 'Sinyal Raya/ORG/PT Sinyal Raya Telekomunikasi Tbk',
    ]);
  });
  it('a person of three words or more named in the headline by the first and last words only (eleventh dev batch)', () => {
    assert.deepEqual(linked('Resmi Gabung Klub Thailand, Rizky Pratama Jadi Pemain Keempat\n\nGelandang Rizky Aditya Pratama resmi bergabung, Senin.').filter((a) => a.includes('Rizky')), [
      'Rizky Pratama/PER/Rizky Aditya Pratama', 'Rizky Aditya Pratama/PER/Rizky Aditya Pratama',
    ]);
  });
});
