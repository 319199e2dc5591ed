// A paragraph of narration whose last sentence has a definite description for subject
// ("atlet termuda itu berlari …"), then an uncued quote: the description is the paragraph's
// subject, named in its first sentence (narration-subject.ts, describedNarrationSubject).
// Own sentences about fictional events; the first case failed before the change, the others
// are probes it must not fire on.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from '../helpers';
import { describedNarrationSubject } from '../../../../src/core/recognize/narration-subject';

/** describedNarrationSubject over the first paragraph of `t`, with the article's persons. */
function subjectOf(t: string): string | null {
  const persons = analyze(t).actors.filter((a) => a.type === 'PER');
  const end = t.indexOf('\n');
  const k = describedNarrationSubject(t, 0, end, (j) => persons[j].start, 0, persons.length, () => true);
  return k < 0 ? null : persons[k].text;
}

describe('fresh48s: an uncued quote after a description closing the narration', () => {
  it('is the person the paragraph opened with as subject, not the last speaker', () => {
    const t = 'Atlet Kabupaten Maros, Wulan Sari Dewi, lolos ke final lompat jauh putri.\n\n' +
      'Ketua panitia, Herman Saleh, mengatakan lomba berjalan lancar.\n\n"Semua atlet sudah siap," katanya.\n\n' +
      '10.15 WIB\n\n' +
      'Final lompat jauh putri: Wulan meraih emas dengan lompatan 6,12 meter, mengalahkan atlet Kota Batu, Ratna Dewi. ' +
      'Sambil membawa bendera kontingen, atlet termuda di final itu berlari ke tribune.\n\n' +
      '"Ini untuk bapak saya di rumah! Dia tidak bisa datang karena kerja."\n';
    assert.deepEqual(speakers(t), ['Herman Saleh', 'Wulan Sari Dewi']);
  });

  it('reads the description after a fronted adjunct', () => {
    assert.equal(subjectOf('Bupati Maros Andi Syafril meninjau jembatan putus. Setelah itu, pria 52 tahun tersebut menemui warga.\n'), 'Andi Syafril');
  });

  it('probe: a description that is no person noun points nowhere', () => {
    assert.equal(subjectOf('Wulan Sari Dewi meraih emas dengan lompatan 6,12 meter. Papan skor itu sempat mati lima menit.\n'), null);
  });

  it('probe: a paragraph opening with an object person points nowhere', () => {
    assert.equal(subjectOf('Polisi menangkap Dedi Kurniawan di rumahnya, Senin. Pria berusia 40 tahun itu tidak melawan.\n'), null);
  });

  it('probe: a person named in the last sentence is no description\'s referent', () => {
    assert.equal(subjectOf('Wulan Sari Dewi meraih emas. Pelatihnya, Agus Priyanto, atlet senior itu memeluknya.\n'), null);
  });

  it('probe: one sentence only is left to narrationSubject', () => {
    assert.equal(subjectOf('Sambil tersenyum, atlet itu melambai ke tribune.\n'), null);
  });
});
