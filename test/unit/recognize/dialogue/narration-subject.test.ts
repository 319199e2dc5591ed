// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { narrationSubject } from '../../../../src/core/recognize/narration-subject';

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

  it('leaves a quote after a sentence whose verb comes before the name nobody\'s (the name is its object)', () => {
    const t = 'Petugas Dinas Sosial menjemput Siti Aminah dari kolong jembatan, Senin (3/6).\n\n“Kami akan bawa ke panti.”\n';
    assert.deepEqual(speakers(t), [null]);
    const u = 'Relawan Palang Merah Indonesia mengevakuasi Ahmad Fauzi, warga Desa Sukamaju, ke puskesmas terdekat.\n\n"Airnya datang tiba-tiba sekali."\n';
    assert.deepEqual(speakers(u), [null]);
    const p = 'Warga menemukan korban. Tim gabungan mengevakuasi Rudi Saragih ke rumah sakit.';
    assert.equal(narrationSubject(p, 0, p.length, () => p.indexOf('Rudi'), 0, 1, () => true), -1);
  });

  it('still takes a subject whose title has lower-case words (a guard for the rule above)', () => {
    const p = 'Kepala dinas sosial Rudi Saragih memimpin penjemputan.';
    assert.equal(narrationSubject(p, 0, p.length, () => p.indexOf('Rudi'), 0, 1, () => true), 0);
  });
});
