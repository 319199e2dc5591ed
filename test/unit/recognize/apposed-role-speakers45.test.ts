// Session 45 (issues 13/14): news introduces a source by a name with its role in apposition
// after it ("Rina Safitri, karyawati bagian pengemasan, ikut …") and later quotes them by that
// role alone ("kata karyawati asal Konawe itu"). The description went to the salient speaker,
// a coordinator, because only title words before a name were read as that person's role.
// Own invented sentences (fictional workers, officials and companies; no real article).
import assert from 'node:assert/strict';
import { apposedAs } from '../../../src/core/recognize/described-person';
import { speakersWithTestKb } from './helpers';

const RALLY = 'Ratusan pekerja smelter di Morosi berunjuk rasa menuntut kenaikan upah.\n\n';
const COORDINATOR = 'Koordinator aksi, Andi Saputra, mengatakan pekerja sudah tiga kali meminta perundingan. "Manajemen tidak pernah datang," kata Andi.\n\n';
const QUOTE = '"Kami bekerja dua belas jam sehari tanpa uang lembur," kata karyawati asal Konawe itu.';

describe('a description names the person introduced with that role in apposition ("X, karyawati …,")', () => {
  it('is that person, not the salient speaker', () => {
    const t = RALLY + 'Rina Safitri, karyawati bagian pengemasan, ikut di barisan depan.\n\n' + COORDINATOR + QUOTE;
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', 'Rina Safitri']);
  });
  it('reads an age aside and "salah seorang" before the role', () => {
    const t = RALLY + 'Rina Safitri (27), salah seorang karyawati bagian pengemasan, ikut di barisan depan.\n\n' + COORDINATOR + QUOTE;
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', 'Rina Safitri']);
  });
  it('apposedAs reads the role right after the name only', () => {
    const p = 'Rina Safitri (27), salah seorang karyawati bagian pengemasan, ikut.';
    assert.ok(apposedAs(p, 12, 'karyawati'));
    assert.ok(apposedAs('Rina, karyawati pabrik, ikut.', 4, 'karyawati'));
    assert.ok(!apposedAs('Rina, karyawati pabrik, ikut.', 4, 'karyawan'));
    assert.ok(!apposedAs('Rina dan karyawati lain ikut.', 4, 'karyawati'));
    assert.ok(!apposedAs('Rina, Andi, dan karyawati lain ikut.', 4, 'karyawati'));
  });
});

describe('an apposed role does not take the description from', () => {
  it('the salient speaker who has that role too', () => {
    const t = RALLY + 'Rina Safitri, karyawati bagian pengemasan, ikut di barisan depan.\n\n' +
      'Karyawati lain, Dewi Lestari, mengatakan upah lembur tak pernah dibayar. "Kami sudah lapor ke dinas," kata Dewi.\n\n' + QUOTE;
    assert.deepEqual(speakersWithTestKb(t), ['Dewi Lestari', 'Dewi Lestari']);
  });
  it('a person whose apposition holds another role', () => {
    const t = RALLY + 'Rina Safitri, istri seorang operator alat berat, ikut di barisan depan.\n\n' + COORDINATOR +
      '"Kami tidak akan pulang sebelum ada jawaban," kata koordinator aksi itu.';
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', 'Andi Saputra']);
  });
});
