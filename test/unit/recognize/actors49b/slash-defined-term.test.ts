import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

function texts(text: string): string[] {
  return analyze(text).actors.map((a) => a.text);
}

// "surat utang jangka menengah (medium term notes/MTN)": an acronym the article defines by
// lower-case words in a bracket, after a slash, is a term (a debt instrument), no body,
// wherever it stands in the article (dev d367: seven "MTN" read as an organisation).
describe('actors49b: an acronym defined as "(lower-case words/ACRONYM)" is a term (defined-terms.ts)', () => {
  it('drops the defined acronym everywhere in the article, the headline too', () => {
    const text = [
      'Bunga MTN Telat Dibayar, Saham Emiten Kertas Dihentikan',
      'PT Kertas Prima Abadi Tbk menunda pembayaran kupon efek utang jangka menengah (medium term notes/MTN) sebesar Rp12 miliar.',
      'Perseroan akan menemui pemegang MTN pekan depan. Wali amanat MTN, PT Bank Niaga Jaya, belum berkomentar.',
    ].join('\n\n');
    const found = texts(text);
    assert.ok(!found.includes('MTN'), found.join(' | '));
    assert.ok(found.includes('PT Kertas Prima Abadi Tbk'), found.join(' | '));
  });
  it('drops a defined acronym of other lower-case terms too', () => {
    const text = 'Perseroan menawarkan saham lewat sertifikat penitipan global (global depositary receipt/GDR) di London. Permintaan GDR itu tinggi.';
    assert.ok(!texts(text).includes('GDR'), texts(text).join(' | '));
  });
  it('keeps bodies whose bracket is no definition by lower-case words', () => {
    assert.ok(texts('Operator seluler MTN Group menjual menaranya di Ghana. Menurut MTN, penjualan itu memperkuat neraca.').includes('MTN Group'));
    assert.ok(texts('Kerja sama itu melibatkan Badan Riset dan Inovasi Nasional (BRIN/LIPI) sejak 2021.').some((t) => t.includes('BRIN')));
    const found = texts('Gugatan diajukan Yayasan Lembaga Konsumen Indonesia (YLKI/Jakarta) ke pengadilan. YLKI menilai tarif itu memberatkan.');
    assert.ok(found.includes('YLKI'), found.join(' | '));
  });
});

// Without a definition, the grammar around the acronym says it is a debt instrument
// (debt-instrument.ts): coordinated with "obligasi", issued, held, paid interest on.
describe('actors49b: an acronym in a debt instrument\'s place is no body (debt-instrument.ts)', () => {
  it('drops "MTN" where a debt instrument stands', () => {
    for (const text of [
      'Perseroan melunasi obligasi dan MTN yang jatuh tempo tahun ini.',
      'Penerbitan MTN itu diatur oleh PT Sinar Sekuritas.',
      'Para pemegang MTN meminta kepastian jadwal pembayaran.',
      'Perusahaan menunda pembayaran bunga MTN bulan ini.',
      'Dana itu dipakai melunasi MTN dan obligasi perseroan.',
    ]) assert.ok(!texts(text).includes('MTN'), `${text}: ${texts(text).join(' | ')}`);
  });
  it('keeps bodies in ordinary sentences', () => {
    const cases: [string, string][] = [
      ['Operator seluler MTN menjual menaranya di Ghana.', 'MTN'],
      ['Pengamat dari LPEM menilai penerbitan surat utang itu wajar.', 'LPEM'],
      ['Saham BUMI dan ANTM melemah, sementara YLKI dan BPKN menerima aduan nasabah.', 'YLKI'],
      ['Perseroan meneken kontrak dengan PPA senilai Rp2 triliun.', 'PPA'],
      ['Dana dari LPDP sebesar separuh anggaran dipakai untuk beasiswa.', 'LPDP'],
      // (review49: a bank's interest; the bank's region goes on after its acronym)
      ['Suku bunga acuan naik, sementara bunga BPD Bali tetap.', 'BPD Bali'],
    ];
    for (const [text, name] of cases) assert.ok(texts(text).includes(name), `${text}: ${texts(text).join(' | ')}`);
  });
});
