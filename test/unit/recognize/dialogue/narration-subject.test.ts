// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { narrationSubject } from '../../../../src/core/recognize/narration-subject';

const speakers = (t: string): (string | null)[] => analyze(t).quotes.map((q) => q.speaker);

describe('speakers38: a quote after narration introducing its speaker (narration-subject.ts)', () => {
  it('finds the subject of the paragraph\'s last sentence, not an object', () => {
    const p = 'Tim SAR menemukan korban di hilir. Koordinator pos SAR, Rudi Saragih, memimpin pencarian.';
    const starts = [p.indexOf('Rudi')];
    assert.equal(narrationSubject(p, 0, p.length, (k) => starts[k], 0, 1, () => true), 0);
    const q = 'Tim SAR menemukan korban. Relawan bekerja bersama Rudi Saragih.';
    const s2 = [q.indexOf('Rudi')];
    assert.equal(narrationSubject(q, 0, q.length, (k) => s2[k], 0, 1, () => true), -1);
  });

  it('gives an uncued quote of a live blog\'s entry the person the entry introduced', () => {
    const t = 'LIVE: Banjir di Kota Bima\n\n10.20 WIB\n\nWali Kota Arif Rahman meminta warga mengungsi. "Jangan tunggu air naik," katanya.\n\n' +
      '09.45 WIB\n\nTim SAR menemukan satu korban. Komandan tim SAR, Yosef Dami, memimpin pencarian di hilir sungai.\n\n' +
      '"Arus masih deras, perahu belum bisa turun."\n';
    assert.deepEqual(speakers(t), ['Arif Rahman', 'Yosef Dami']);
  });
});
