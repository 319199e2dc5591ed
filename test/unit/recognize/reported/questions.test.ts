// Questions are not reported statements (spec, "Not reported speech": journalists' questions).
// The shape of a labelled interview ("Outlet: question?" / "Name: answer"), written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: questions', () => {
  it("an interviewer's labelled question is no statement of the outlet", () => {
    const text = 'Wartawan Antara mewawancarai Ketua Umum Asosiasi Nelayan Indonesia Darmawan Siregar di Ambon. Berikut petikannya.\n\n' +
      'Antara: Mengapa nelayan menolak kuota baru itu?\n\n' +
      'Darmawan: "Karena kuotanya dihitung tanpa data tangkapan kami."\n\n' +
      'Antara: Apakah sudah ada pertemuan dengan kementerian?\n';
    assert.deepEqual(statementsOf(text).filter((s) => s.includes('?')), []);
  });
  it('a content that ends in a question mark is asked, not stated', () => {
    assert.deepEqual(statementsOf('Lavrov mempertanyakan siapa yang akan menanggung biaya rekonstruksi kota itu?'), []);
  });
  it('a headline statement without a question mark still counts (guard)', () => {
    assert.deepEqual(statementsOf('Lavrov: Kami tidak akan menarik pasukan dari perbatasan\n\nMOSKWA - Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow.'),
      ['Kami tidak akan menarik pasukan dari perbatasan => Sergey Lavrov']);
  });
});
