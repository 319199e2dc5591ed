// Session 51 (actors51): a headline writes the regional council the article is about by its
// bare short head ("…, DPRD Panggil Dinas Pendidikan"); the body names it with its region
// ("DPRD Garut"). "DPRD" alone names no one council in the body text (any region's, or all of
// them), but in the headline it is the one the article names (headline-names.ts), as the gold
// has it in every such headline. Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const inHeadline = (t: string) => {
  const nl = t.indexOf('\n');
  return analyze(t).actors.filter((a) => a.end <= nl).map((a) => `${a.text}/${a.type}/${a.canonical}`);
};

describe('actors51: a bare council in a headline', () => {
  it('is the one council the article names', () => {
    const t = 'Jalan Desa Rusak Setahun, Warga Datangi DPRD\n\nGARUT - Puluhan warga Cikajang mendatangi DPRD Garut, Selasa. Ketua Komisi III DPRD Garut, Asep Saepudin, menerima mereka.';
    assert.deepEqual(inHeadline(t), ['DPRD/ORG/Dewan Perwakilan Rakyat Daerah Kabupaten Garut']);
  });
  it('is the council the article names only through its commission', () => {
    const t = 'Dana Hibah Terlambat, DPRD Panggil Dinas Sosial\n\nGARUT - Ketua Komisi IV DPRD Garut, Asep Saepudin, meminta penjelasan dinas.';
    assert.deepEqual(inHeadline(t), ['DPRD/ORG/Dewan Perwakilan Rakyat Daerah Kabupaten Garut']);
  });
  it('(guard) a head the body text reads alone is not offered bare', () => {
    const t = 'Kongres Asprov PSSI Jambi Ditunda\n\nJAMBI - Kongres Asosiasi Provinsi PSSI Jambi ditunda sepekan.';
    assert.equal(inHeadline(t).some((a) => a.startsWith('Asprov/')), false);
  });
  it('(guard) with two councils named it stays unread', () => {
    const t = 'Jalan Desa Rusak Setahun, Warga Datangi DPRD\n\nGARUT - Warga mendatangi DPRD Garut, lalu DPRD Jawa Barat di Bandung.';
    assert.deepEqual(inHeadline(t), []);
  });
});
