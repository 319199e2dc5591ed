// Session 49 (probe49): article-country.ts composed English compass titles ("West Skanto") for
// places the KB does not know in a report datelined in an Indonesian regency that names its
// foreign neighbour more than anything Indonesian (Keerom and Papua Nugini). A regional
// Indonesian dateline says the story is told from there: an unknown "<place> Barat" is as
// likely the regency's own village or district. Foreign desks file from Jakarta or abroad,
// where the composer still works. Own sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const places = (t: string) => analyze(t).actors.filter((a) => a.type === 'GPE').map((a) => `${a.text}/${a.canonical}`);

describe('probe49: compass places under a regional Indonesian dateline', () => {
  it('keep their Indonesian names', () => {
    const t = 'Keerom - Kasus malaria meningkat di perbatasan Papua Nugini. Warga Papua Nugini yang melintas ikut terinfeksi. ' +
      'Kementerian Kesehatan Papua Nugini menyatakan akan bekerja sama. Warga Skanto Barat dan Waris Selatan diminta waspada.';
    const got = places(t);
    assert.ok(got.includes('Skanto Barat/Skanto Barat') && got.includes('Waris Selatan/Waris Selatan'), got.join(', '));
  });
  it('(guard) are composed under a foreign or a Jakarta dateline', () => {
    const abroad = 'KHARTOUM - Ribuan warga mengungsi dari Kordofan Selatan setelah bentrokan. Pemerintah Sudan meminta bantuan. Sudan menutup perbatasan.';
    assert.ok(places(abroad).includes('Kordofan Selatan/South Kordofan'), places(abroad).join(', '));
    const desk = 'Jakarta - Ribuan warga mengungsi dari Kordofan Selatan setelah bentrokan. Pemerintah Sudan meminta bantuan. Sudan menutup perbatasan.';
    assert.ok(places(desk).includes('Kordofan Selatan/South Kordofan'), places(desk).join(', '));
  });
});
