import assert from 'node:assert/strict';
import { mentions, steps } from './trace';
import { analyze } from '../../../../src/core/recognize/analyze';

describe('actor rule title', () => {
  it('a title is no actor and makes the next unknown name a person', () => {
    const p = 'Ia bertemu Menteri Luar Negeri Ukraina Dmytro Kuleba.';
    assert.deepEqual(steps(p).slice(1), ['title: Menteri Luar Negeri', 'kb-name: Ukraina', 'unknown-name: Dmytro Kuleba']);
    assert.deepEqual(mentions(p), ['Ukraina/GPE', 'Dmytro Kuleba/PER']);
  });
  it('two title words joined by "dan" are one title ("Menteri Haji dan Umrah")', () => {
    const p = 'Menteri Haji dan Umrah Mochamad Irfan Yusuf menetapkan kuota.';
    assert.ok(steps(p).includes('title: Menteri Haji dan Umrah'));
    assert.deepEqual(mentions(p), ['Mochamad Irfan Yusuf/PER']);
  });
  it('"Bos", the headlines\' word for a company\'s head, is a title: the company after it is no person', () => {
    // (written for this test)
    const text = 'Bos Tani Makmur: Kami Tidak Akan PHK Lagi\n\nPerusahaan rintisan PT Tani Makmur Nusantara memangkas 80 karyawan. CEO Tani Makmur, Gita Prameswari, menyebut laba membaik.';
    const actors = analyze(text).actors.map((a) => `${a.text}/${a.type}`);
    assert.equal(actors[0], 'Tani Makmur/ORG');
    assert.equal(actors.some((a) => a.startsWith('Bos')), false);
    assert.ok(steps('Bos Tani Makmur Budi Santoso hadir.').includes('title: Bos'));
  });
  it('"Sekretaris Kabinet" is one title: "Kabinet" after "Sekretaris" heads no body (d255)', () => {
    const p = 'Kepala Sekretaris Kabinet Haruto Mizuno menambahkan rapat digelar Jumat.';
    assert.ok(steps(p).includes('title: Kepala Sekretaris Kabinet'));
    assert.deepEqual(mentions(p), ['Haruto Mizuno/PER']);
    assert.deepEqual(mentions('Sekretaris Kabinet Rudi Hartawan membacakan keputusan itu.'), ['Rudi Hartawan/PER']);
    // Elsewhere "Kabinet" still heads a body's name.
    assert.deepEqual(mentions('Ia bertemu Ketua Kabinet Mahasiswa Unsrat kemarin.').some((m) => m.startsWith('Kabinet Mahasiswa')), true);
  });
  it('a unit\'s short name after a title written in two words is the title\'s ("Kasi Pidsus", "Kasat Reskrim"; d254)', () => {
    const p = 'Kasi Pidsus Kejari Sampang, Yoga Mahendra, menyebut berkas sudah lengkap.';
    assert.ok(steps(p).includes('title: Kasi Pidsus'));
    assert.deepEqual(mentions(p), ['Kejari Sampang/ORG', 'Yoga Mahendra/PER']);
    assert.deepEqual(mentions('Kasat Reskrim Polres Bantul AKP Rudi Santosa memimpin penggerebekan.').filter((m) => m.startsWith('Reskrim')), []);
  });
});
