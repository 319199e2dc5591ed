// Hearings of an ethics council (DKPP), a tribunal or a civil court printed turn by turn with
// the parties' labels ("Ketua Majelis:", "Pengadu:", "Teradu I:", "Tergugat II:"): each label
// is the person the article introduces in that role, before the turns or after them; a
// numbered label ("Teradu I") names that party, and is no person's name itself.
// (speakers51: such labels were no labels, the turns went to the last speaker or to
// "Teradu I" read as a person.) Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { labelEndingAt, turnLabelBefore } from '../../../../src/core/recognize/turn-labels';

const speakers = (t: string): (string | null)[] => analyze(t).quotes.map((q) => q.speaker);
const people = (t: string): string[] => analyze(t).actors.filter((a) => a.type === 'PER').map((a) => a.text);

const PARTIES = 'Sidang dipimpin anggota DKPP, Ratna Dewi Pettalolo. Pengadu dalam perkara ini adalah calon anggota DPRD, Yusuf Hamid, ' +
  'sedangkan Teradu I adalah Ketua KPU Kabupaten Halmahera Timur, Ahmad Sangadji.';
const TURNS = 'Ketua Majelis: "Apakah benar rekapitulasi di Kecamatan Wasile dilakukan dua kali?"\n\n' +
  'Teradu I: "Benar. Rekapitulasi pertama kami batalkan karena ada selisih suara."\n\n' +
  'Pengadu: "Selisih itu muncul setelah kotak suara dibuka tanpa saksi kami."\n\n' +
  'Ketua Majelis: "Apakah ada berita acara pembukaan kotak?"\n\n' +
  'Teradu I: "Ada. Kami lampirkan dalam jawaban tertulis."\n';
const EXPECTED = ['Ratna Dewi Pettalolo', 'Ahmad Sangadji', 'Yusuf Hamid', 'Ratna Dewi Pettalolo', 'Ahmad Sangadji'];

describe('hearing turns labelled with the parties\' roles', () => {
  it('reads a party\'s label with its number', () => {
    const p = 'Teradu I: "Benar."';
    assert.deepEqual(turnLabelBefore(p, p.indexOf('"')), { start: 0, end: 8, role: 'teradu i' });
    assert.deepEqual(labelEndingAt('Tergugat II: "Tidak."', 11), { start: 0, end: 11, role: 'tergugat ii' });
    assert.deepEqual(labelEndingAt('Pengadu: "Tidak."', 7), { start: 0, end: 7, role: 'pengadu' });
  });
  it('gives each turn to the person introduced in that role before the turns', () => {
    assert.deepEqual(speakers('DKPP memeriksa Ketua KPU Halmahera Timur, Senin. ' + PARTIES + '\n\n' + TURNS), EXPECTED);
  });
  it('or after them, when the report names the parties below the transcript', () => {
    assert.deepEqual(speakers('Berikut petikan sidang pemeriksaan di DKPP, Senin.\n\n' + TURNS + '\n' + PARTIES + '\n'), EXPECTED);
  });
  it('a role noun with a party\'s number is no person\'s name', () => {
    assert.deepEqual(people(PARTIES), ['Ratna Dewi Pettalolo', 'Yusuf Hamid', 'Ahmad Sangadji']);
  });
  it('guard: a label nobody is introduced for gives nobody, and a name label is that person', () => {
    assert.deepEqual(speakers('Sidang digelar Senin.\n\nTergugat II: "Kami keberatan."\n'), [null]);
    assert.deepEqual(speakers('Calon anggota DPRD, Yusuf Hamid, hadir di sidang.\n\nYusuf: "Kami keberatan."\n'), ['Yusuf Hamid']);
  });
});
