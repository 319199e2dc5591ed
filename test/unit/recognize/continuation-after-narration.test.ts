// Issue 13 (speakers44): "“…,” kata X." / a paragraph of narration / an unattributed quote.
// The quote's own cue after it ("kata X") counted as somebody reported speaking since the
// quote, so the continuation across the narration never fired and the quote had nobody.
// A continuation that crossed narration is weak: a run of posts that a later line attributes
// to somebody else ("“…”" / "“…,” tulis Y.") is still Y's (link.ts, resolveQuoteChains).
// Own sentences about fictional events.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';

const FIRST = 'Kepala Dinas Perikanan Hendra Wattimena meninjau pelabuhan pada Senin. “Kami ingin nelayan kembali melaut minggu depan,” kata Hendra.\n\n';

describe('a quote continued across a paragraph of narration (link.ts)', () => {
  it('gives the quote after a paragraph of narration about nobody to the speaker before', () => {
    const t = FIRST + 'Pelabuhan itu rusak berat setelah gelombang tinggi pekan lalu. Puluhan perahu tenggelam.\n\n“Perbaikan dermaga akan dimulai dari anggaran darurat.”';
    assert.deepEqual(speakers(t), ['Hendra Wattimena', 'Hendra Wattimena']);
  });

  it('carries that speaker on to the next unattributed quote', () => {
    const t = FIRST + 'Pelabuhan itu rusak berat setelah gelombang tinggi pekan lalu.\n\n“Perbaikan dermaga dimulai pekan depan.”\n\n“Nelayan boleh memakai dermaga sementara di Tulehu.”';
    assert.deepEqual(speakers(t), ['Hendra Wattimena', 'Hendra Wattimena', 'Hendra Wattimena']);
  });

  it('gives a run of posts closed by somebody else\'s attribution to that one', () => {
    const t = FIRST + 'Sejak pagi, halaman Facebook pemerintah kabupaten dipenuhi pengumuman untuk nelayan.\n\n' +
      '“Dermaga timur ditutup sampai pemeriksaan selesai.”\n\n“Bantuan beras dibagikan di kantor desa mulai pukul 10.00,” tulis Bupati Rudi Latuconsina.';
    assert.deepEqual(speakers(t), ['Hendra Wattimena', 'Rudi Latuconsina', 'Rudi Latuconsina']);
  });

  it('breaks the chain when the narration names another person acting or speaking', () => {
    const acting = FIRST + 'Bupati Rudi Latuconsina tiba sore harinya dan langsung menemui para nelayan.\n\n“Perbaikan dermaga akan dimulai pekan depan.”';
    assert.deepEqual(speakers(acting), ['Hendra Wattimena', 'Rudi Latuconsina']);
    const speaking = FIRST + 'Pelabuhan itu rusak berat. Bupati Rudi Latuconsina mengatakan anggaran darurat sudah disiapkan.\n\n“Perbaikan dermaga akan dimulai pekan depan.”';
    assert.deepEqual(speakers(speaking), ['Hendra Wattimena', 'Rudi Latuconsina']);
  });
});
