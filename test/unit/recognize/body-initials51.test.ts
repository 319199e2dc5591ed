// Session 51 (actors51): an acronym the article never defines in brackets, which spells the
// initials of a body the article names in full ("Ikatan Bidan Indonesia Sulawesi Tengah" …
// "IBI"; "Balai Besar Pelaksanaan Jalan Nasional Sulawesi Selatan" … "BBPJN Sulawesi
// Selatan"), is that body: a regional chapter's bare acronym takes the chapter, as a unit
// written without its body takes the one body the article names (body-initials.ts). Own
// invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const named = (t: string, surface: string) => analyze(t).actors.filter((a) => a.text === surface).map((a) => `${a.type}/${a.canonical}`);

describe('actors51: an undefined acronym spelling a body the article names', () => {
  it('takes a regional chapter\'s identity', () => {
    const t = 'Pengurus Daerah Ikatan Bidan Indonesia Sulawesi Tengah menggelar rapat kerja di Palu. Menurut IBI, puskesmas kekurangan bidan.';
    assert.deepEqual(named(t, 'IBI'), ['ORG/Ikatan Bidan Indonesia Sulawesi Tengah']);
  });
  it('takes a regional office\'s identity, written with its region', () => {
    const t = 'Balai Besar Pelaksanaan Jalan Nasional Sulawesi Selatan menutup jalan itu. Kepala BBPJN Sulawesi Selatan, Andi Mappasessu, meminta warga bersabar.';
    assert.deepEqual(named(t, 'BBPJN Sulawesi Selatan'), ['ORG/Balai Besar Pelaksanaan Jalan Nasional Sulawesi Selatan']);
  });
  it('(guard) other initials, and a body the KB knows, stay as they were', () => {
    const t = 'Ikatan Bidan Indonesia Sulawesi Tengah menggelar rapat. Menurut IDI, dokter juga kurang. Data BPS menunjukkan hal yang sama.';
    assert.deepEqual(named(t, 'IDI'), ['ORG/IDI']);
    assert.deepEqual(named(t, 'BPS'), ['ORG/Badan Pusat Statistik']);
  });
});
