// Issue 13 (anaphor48): an unnamed source whose request not to be named stands in an aside set
// off by commas ("Salah satu warga, yang tidak mau namanya ditulis, mengaku …") still speaks
// unnamed: a following "tuturnya" is nobody's, never the person named before. Own sentences
// about fictional events.
import assert from 'node:assert/strict';
import { quoteSpeakers as quotes } from './helpers';

describe('an unnamed source past an aside saying so (attribution.ts anonymousSources)', () => {
  it('gives the "-nya" after "Salah satu warga, yang tidak mau namanya ditulis, mengaku" to nobody', () => {
    const t = 'Kepala Desa Ranggo, Hasbullah, mengatakan air bersih sudah dua pekan tidak mengalir. Salah satu warga, yang tidak mau namanya ditulis, mengaku harus membeli air galon setiap hari.\n\n' +
      '"Sehari bisa habis tiga galon," tuturnya.';
    assert.deepEqual(quotes(t), [null]);
  });

  it('reads "yang enggan disebut namanya" in the aside too', () => {
    const t = 'Camat Lembah Sari, Yusran Lubis, menyebut banjir sudah surut. Seorang pedagang, yang enggan disebut namanya, mengatakan kiosnya masih terendam.\n\n"Dagangan saya rusak semua," ujarnya.';
    assert.deepEqual(quotes(t), [null]);
  });

  it('leaves an aside that says nothing of the name, before a named source, as it was', () => {
    const t = 'Camat Lembah Sari, Yusran Lubis, menyebut banjir sudah surut. Salah satu warga, yang tinggal di tepi sungai, Rosmiati, mengatakan rumahnya masih terendam.\n\n"Kasur kami basah semua," ujarnya.';
    assert.deepEqual(quotes(t), ['Rosmiati']);
  });
});
