import assert from 'node:assert/strict';
import { typedActors as linked } from '../helpers';
import { steps } from './trace';

describe('actor rule daily-board-role', () => {
  it('reads "Pengurus Harian" and "Pimpinan Harian" as a role before the organisation and the person', () => {
    const p = 'Pengurus Harian YLKI Rina Maharani menilai aturan itu merugikan pembeli.';
    assert.deepEqual(steps(p)[0], 'daily-board-role: Pengurus Harian');
    assert.deepEqual(linked(p), ['YLKI/ORG', 'Rina Maharani/PER']);
    assert.deepEqual(linked('Anggota Pimpinan Harian Ikatan Guru Honorer, Dedi Kusnadi, hadir.').includes('Pimpinan Harian/ORG'), false);
  });
  it('leaves a board at a level to the organisation rule ("Pengurus Besar", "Pimpinan Wilayah")', () => {
    assert.equal(steps('Pengurus Besar Persatuan Guru Nusantara menggelar rapat.').some((s) => s.startsWith('daily-board-role')), false);
    assert.equal(steps('Pimpinan Wilayah Muhammadiyah Jawa Tengah menolak usulan itu.').some((s) => s.startsWith('daily-board-role')), false);
  });
});
