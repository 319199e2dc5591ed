// Issue 13: "sebuah" after a quote's cue counts an unnamed thing ("tulis sebuah akun di kolom
// komentar", "kata sebuah sumber"): an unnamed source, never the person named before. Own
// sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

describe('speakers39: "sebuah" after a cue is an unnamed source', () => {
  it('"tulis sebuah akun" names nobody, not the person the paragraph before named', () => {
    const t = 'Pedagang Sunarti Dewi mengeluhkan parkir.\n\n"Sampahnya juga menumpuk," tulis sebuah akun di kolom komentar.\n';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), [null]);
  });
});

describe('fixA39: "sebuah" before a named body names that body', () => {
  const speakers = (t: string): (string | null)[] => analyze(t).quotes.map((q) => q.speaker);
  it('"tulis sebuah laporan Bank Indonesia", "kata sebuah tim penyidik Polda NTB"', () => {
    assert.deepEqual(speakers('"Inflasi akan turun pada kuartal ketiga," tulis sebuah laporan Bank Indonesia yang dirilis Senin.\n'), ['Bank Indonesia']);
    assert.deepEqual(speakers('"Kami sudah memeriksa tiga saksi," kata sebuah tim penyidik Polda NTB.\n'), ['Kepolisian Daerah Nusa Tenggara Barat']);
  });
  it('own probes: "sebuah" with no name after it stays unnamed', () => {
    assert.deepEqual(speakers('Bupati Rahmat Hidayat meninjau pasar.\n\n"Harga naik terus," kata sebuah sumber di pasar itu.\n'), [null]);
    assert.deepEqual(speakers('Bupati Rahmat Hidayat meninjau pasar.\n\n"Parkirnya kacau," tulis sebuah akun di media sosial.\n'), [null]);
  });
});
