// Error patterns found on the eighth batch of dev articles (eval/gold-new/dev d61-d68: a data
// leak at an agency, a music festival, a volcano eruption, fisheries, a ministry's ruling,
// aviation, Latin American politics, a provincial legislature), each with a sentence written
// for this test, read with the built-in KB. Every case failed before its change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}`);
const linked = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);

describe('dev-set patterns, eighth batch (issue 13)', () => {
  it('after a title, a body\'s name ends where the title holder\'s name begins ("Kepala Badan Geologi Wahyu Santosa")', () => {
    assert.deepEqual(actors('Kepala Badan Geologi Wahyu Santosa mengumumkan status baru.'), ['Badan Geologi/ORG', 'Wahyu Santosa/PER']);
    assert.deepEqual(actors('Direktur Jenderal Perhubungan Laut Kementerian Perhubungan Arif Budi Hartono meminta operator berhati-hati.'), [
      'Kementerian Perhubungan/ORG', 'Arif Budi Hartono/PER',
    ]);
    // A body named after a person keeps the name, and so does a unit of a university.
    assert.deepEqual(actors('Rektor Universitas Sam Ratulangi hadir.'), ['Universitas Sam Ratulangi/ORG']);
    assert.deepEqual(actors('Peneliti Pusat Kajian Hukum Universitas Gadjah Mada hadir.').slice(0, 1), ['Pusat Kajian Hukum Universitas Gadjah Mada/ORG']);
  });
  it('a regency the gazetteer names only with its prefix ("Lembata", also an island) after a regent\'s title or a regional office', () => {
    assert.deepEqual(linked('Bupati Lembata Yohanes Bala Wutun meninjau lokasi.'), [
      'Lembata/GPE/Kabupaten Lembata', 'Yohanes Bala Wutun/PER/Yohanes Bala Wutun',
    ]);
    assert.deepEqual(linked('Badan Penanggulangan Bencana Daerah (BPBD) Alor menyiapkan tenda.'), [
      'Badan Penanggulangan Bencana Daerah/ORG/Badan Penanggulangan Bencana Daerah Kabupaten Alor',
      'BPBD/ORG/Badan Penanggulangan Bencana Daerah Kabupaten Alor', 'Alor/GPE/Kabupaten Alor',
    ]);
    // The island itself stays no actor.
    assert.deepEqual(actors('Kapal itu berlayar ke Pulau Alor.'), []);
  });
});
