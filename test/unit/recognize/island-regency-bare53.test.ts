// A regency whose official name carries "Kepulauan" or "Pulau" ("Kabupaten Kepulauan Talaud",
// "Kabupaten Pulau Taliabu") is written by the island word alone in datelines, routes and after
// a regional body ("TALIABU, …", "rute Talaud-Bitung", "DPRD Anambas"); the dev gold names every
// such mention the regency (d294 Talaud, d407 Morotai, d427 Selayar, d432 Sangihe). Where a
// region is expected the island word is the regency (bare-regency.ts islandRegencyAt); alone in
// running text it stays unread (the island, a kecamatan or a person may bear it). Issue 13,
// actors53b. Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const find = (text: string, surface: string) => analyze(text).actors.find((a) => a.text === surface);

describe('a regency named by its island word (actors53b)', () => {
  it('a dateline in capitals is the regency', () => {
    const a = find('TALIABU, KOMPAS.com - Banjir merendam dua desa di pesisir utara pada Senin malam.', 'TALIABU');
    assert.equal(a?.type, 'GPE');
    assert.equal(a?.canonical, 'Kabupaten Pulau Taliabu');
  });
  it('a council written with the island word is the regency\'s council', () => {
    assert.equal(find('DPRD Anambas menolak usulan anggaran itu.', 'DPRD Anambas')?.canonical, 'Dewan Perwakilan Rakyat Daerah Kabupaten Kepulauan Anambas');
  });
  it('a member of a route is the regency', () => {
    assert.equal(find('Kapal cepat rute Talaud-Bitung berhenti beroperasi sejak Senin.', 'Talaud')?.canonical, 'Kabupaten Kepulauan Talaud');
  });
  it('a headline body with the island word keeps its region when the body names the regency so', () => {
    const text = 'Rute Dihentikan, DPRD Talaud Gelar Rapat\n\nKomisi II DPRD Kepulauan Talaud memanggil operator kapal cepat rute Talaud-Bitung, Senin.';
    assert.equal(find(text, 'DPRD Talaud')?.canonical, 'Dewan Perwakilan Rakyat Daerah Kabupaten Kepulauan Talaud');
  });
  it('(guard) the name with its designation keeps the regency; a dateline the KB knows keeps its place', () => {
    assert.equal(find('Kapal itu berlayar ke Kepulauan Talaud kemarin.', 'Kepulauan Talaud')?.canonical, 'Kabupaten Kepulauan Talaud');
    assert.equal(find('AMBON, KOMPAS.com - Hujan deras turun sejak pagi.', 'AMBON')?.canonical, 'Ambon');
  });
});
