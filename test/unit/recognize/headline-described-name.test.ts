// A headline "<Title-Case description> <Name>: <statement>" whose name is found only on the
// article's final mentions (a Title-Case headline's names often are, headline-names.ts): the
// statement is the named person's, as the paragraph pass gives it when it sees the name
// (reported/headline.ts). Read by headline-colon-speaker.ts. Sentences written for this
// test; the first two cases failed before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const statements = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text} = ${s.speaker}`);

describe('a headline statement after a described person\'s name', () => {
  it('gives it to the person a description in Title Case introduces', () => {
    const text = 'Aktris Senior Ni Made Sukarini: Tari Legong Harus Diajarkan Sejak Dini\n\n' +
      'DENPASAR, KOMPAS.com - Di usia 60 tahun, Ni Made Sukarini masih mengajar tari di banjar. Ia melatih 40 anak setiap pekan.\n';
    assert.deepEqual(statements(text), ['Tari Legong Harus Diajarkan Sejak Dini = Ni Made Sukarini']);
  });
  it('gives it to the person after an interview label and a long title', () => {
    const text = 'Wawancara Khusus - Direktur Rumah Sakit Umum Daerah Kupang Yohana Maria Lede: Pasien Tidak Boleh Ditolak\n\n' +
      'KUPANG - Direktur RSUD Kupang, Yohana Maria Lede, menjamin rumah sakit tidak menolak pasien miskin.\n';
    assert.deepEqual(statements(text).filter((s) => s.startsWith('Pasien Tidak')), ['Pasien Tidak Boleh Ditolak = Yohana Maria Lede']);
  });
  it('guard: a topic before the name is no description of the person', () => {
    const text = 'Drama Transfer Rizky Pratama: Manajemen Belum Terima Tawaran Resmi\n\n' +
      'BANDUNG - Masa depan gelandang Rizky Pratama belum jelas. Manajer klub, Dedi Kusnadi, menyebut belum ada tawaran.\n';
    assert.deepEqual(statements(text).filter((s) => s.startsWith('Manajemen Belum')), []);
  });
  it('guard: a headline whose colon follows a place or a topic gives nobody the words after it', () => {
    const text = 'Banjir Rendam Tiga Desa di Kendal: Warga Mengungsi ke Balai Desa\n\n' +
      'KENDAL - Banjir merendam tiga desa di Kabupaten Kendal, Senin. Kepala desa setempat, Budi Santoso, meminta bantuan perahu.\n';
    assert.deepEqual(statements(text).filter((s) => s.startsWith('Warga Mengungsi')), []);
  });
});
