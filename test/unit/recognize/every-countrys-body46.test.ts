// Session 46 (actors46, issue 13): in a report from Malaysia naming "Kejaksaan Agung" and
// "Mahkamah Konstitusi" bare, those bodies (which the KB gives Indonesia) counted as
// Indonesian evidence and kept "Komisi Pemilihan Umum" Indonesia's KPU (article-country.ts
// everyCountrysBody). Own invented articles.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const canonicalOf = (t: string, name: string) => analyze(t).actors.filter((a) => a.text === name).map((a) => a.canonical);

describe('a court, election commission or prosecution named bare in a foreign report', () => {
  it('is no evidence that the article is Indonesian news', () => {
    const t = 'KUALA LUMPUR (ANTARA) - Komisi Pemilihan Umum menetapkan tanggal pemungutan suara ulang di Sabah, Malaysia.\n\n' +
      'Langkah itu diambil setelah Kejaksaan Agung menyelidiki dugaan politik uang di Kota Kinabalu.\n\n' +
      'Sejumlah politikus Malaysia juga menggugat hasil pemilu ke Mahkamah Konstitusi.';
    assert.deepEqual(canonicalOf(t, 'Komisi Pemilihan Umum'), ['Election Commission of Malaysia']);
  });
  it('leaves the body Indonesia\'s where the article says more of Indonesia, or names it so', () => {
    const jakarta = 'KUALA LUMPUR (ANTARA) - Komisi Pemilihan Umum menetapkan jadwal pemungutan suara bagi pemilih di Kuala Lumpur, Malaysia.\n\n' +
      'Sengketa hasilnya dapat dibawa ke Mahkamah Konstitusi di Jakarta.';
    assert.deepEqual(canonicalOf(jakarta, 'Komisi Pemilihan Umum'), ['Komisi Pemilihan Umum']);
    const named = 'KUALA LUMPUR (ANTARA) - Komisi Pemilihan Umum menetapkan jadwal pemungutan suara di Sabah, Malaysia.\n\n' +
      'Kejaksaan Agung RI ikut memantau dugaan politik uang di Kota Kinabalu, Malaysia.';
    assert.deepEqual(canonicalOf(named, 'Komisi Pemilihan Umum'), ['Komisi Pemilihan Umum']);
  });
});
