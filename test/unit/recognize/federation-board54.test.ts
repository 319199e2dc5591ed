// A sports federation's central board ("Pengurus Besar", "Pengurus Pusat", "PB", "PP") written
// before the federation's name stands for the federation (eval/README.md: "a federation's PB
// takes the federation's identity"; "Pengurus Pusat IMI is IMI"). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const orgs = (text: string) => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}=${a.canonical}`);

describe('a federation\'s central board is the federation (actors54)', () => {
  it('a board before a federation the KB knows by its short name is that federation', () => {
    assert.deepEqual(orgs('Sekretaris Jenderal Pengurus Pusat IMI, Dedi Kurnia, meninjau sirkuit.'), ['Pengurus Pusat IMI=Ikatan Motor Indonesia']);
  });

  it('a board before a national federation named for its sport is the federation, in full or short', () => {
    assert.deepEqual(orgs('Pengurus Besar Kempo Indonesia (PB KI) memanggil 15 atlet. Manajer PB KI, Rudi Halim, puas.'),
      ['Pengurus Besar Kempo Indonesia=Kempo Indonesia', 'PB KI=Kempo Indonesia', 'PB KI=Kempo Indonesia']);
    assert.deepEqual(orgs('Pelatih PB Dayung Indonesia, Siti Rahma, menilai atletnya siap.'), ['PB Dayung Indonesia=Dayung Indonesia']);
  });

  it('leaves a club, a board the KB names with its level, and a body of its own name alone', () => {
    // A badminton club ("Perkumpulan Bulutangkis") keeps its "PB".
    assert.deepEqual(orgs('Atlet binaan PB Cahaya Timur menjuarai turnamen itu.'), ['PB Cahaya Timur=PB Cahaya Timur']);
    // The esports federation's own name opens with "Pengurus Besar".
    assert.deepEqual(orgs('Ketua Pengurus Besar Esports Indonesia membuka liga itu.'), ['Pengurus Besar Esports Indonesia=Pengurus Besar Esports Indonesia']);
    assert.deepEqual(orgs('PBESI menggelar liga musim depan.'), ['PBESI=Pengurus Besar Esports Indonesia']);
    // A government regulation.
    assert.deepEqual(orgs('Pemerintah menerbitkan PP Nomor 28 Tahun 2024.'), []);
  });
});
