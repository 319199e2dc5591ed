// Session 46 (fix46a, review46): a story on Indonesians voting in Malaysia ("pemungutan suara
// ulang bagi pemilih di Kuala Lumpur") gave the bare "Komisi Pemilihan Umum" to Malaysia's
// Election Commission: the bare court and commission no longer counted as Indonesian
// (article-country.ts everyCountrysBody), and neither the Jakarta dateline nor "Badan
// Pengawas Pemilu" (unlinked) did. Own invented articles.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const canonicalOf = (t: string, name: string) => analyze(t).actors.filter((a) => a.text === name).map((a) => a.canonical);

const BODY = 'Komisi Pemilihan Umum menetapkan pemungutan suara ulang bagi pemilih di Kuala Lumpur, Malaysia. ' +
  'Ketua Komisi Pemilihan Umum mengatakan panitia pemilihan luar negeri akan diganti. ' +
  'Mahkamah Konstitusi sebelumnya menerima gugatan terkait hasil di Malaysia. ';
const BAWASLU = 'Badan Pengawas Pemilu menemukan ribuan surat suara dikirim lewat pos di Malaysia.';

describe('Indonesia\'s election bodies in a story on the overseas vote in Malaysia', () => {
  it('stay Indonesia\'s with a Jakarta dateline and the election supervisor', () => {
    assert.deepEqual(canonicalOf('Jakarta (ANTARA) - ' + BODY + BAWASLU, 'Komisi Pemilihan Umum'), ['Komisi Pemilihan Umum', 'Komisi Pemilihan Umum']);
  });
  it('stay Indonesia\'s with the election supervisor and no dateline', () => {
    assert.deepEqual(canonicalOf(BODY + BAWASLU, 'Komisi Pemilihan Umum'), ['Komisi Pemilihan Umum', 'Komisi Pemilihan Umum']);
    assert.deepEqual(canonicalOf(BODY + BAWASLU, 'Badan Pengawas Pemilu'), ['Badan Pengawas Pemilihan Umum']);
  });
  it('stay Indonesia\'s where the article names the overseas election committee', () => {
    assert.deepEqual(canonicalOf(BODY, 'Komisi Pemilihan Umum'), ['Komisi Pemilihan Umum', 'Komisi Pemilihan Umum']);
    const ppln = 'KUALA LUMPUR - Komisi Pemilihan Umum memeriksa PPLN Kuala Lumpur, Malaysia, setelah surat suara tercoblos ditemukan di Selangor, Malaysia.';
    assert.deepEqual(canonicalOf(ppln, 'Komisi Pemilihan Umum'), ['Komisi Pemilihan Umum']);
  });
  it('stay Indonesia\'s with an Indonesian dateline alone', () => {
    assert.deepEqual(canonicalOf('Jakarta (ANTARA) - ' + BODY.replace('panitia pemilihan luar negeri', 'panitia'), 'Komisi Pemilihan Umum'), ['Komisi Pemilihan Umum', 'Komisi Pemilihan Umum']);
    assert.deepEqual(canonicalOf('Surabaya (ANTARA) - ' + BODY.replace('panitia pemilihan luar negeri', 'panitia'), 'Mahkamah Konstitusi'), ['Mahkamah Konstitusi']);
  });
});
