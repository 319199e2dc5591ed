// Issue 13 (speakers44): a paragraph of narration naming the channel that carried a notice
// ("… diumumkan lewat halaman Facebook resmi koperasi."), then a paragraph that is only a
// quote with no cue: the channel's owner (channel-narration.ts). Own sentences about
// fictional bodies.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';
import { channelNarrationOwner } from '../../../src/core/recognize/channel-narration';
import type { ActorMention } from '../../../src/core/recognize/types';

const KSP = 'Ribuan anggota Koperasi Simpan Pinjam Sumber Rejeki Makmur mendatangi kantor koperasi itu di Boyolali sejak Selasa pagi.\n\n';

describe('the owner of a channel the narration names before an unattributed quote (channel-narration.ts)', () => {
  it('gives a notice after "lewat halaman Facebook resmi koperasi" to the cooperative, and its next paragraph too', () => {
    const t = KSP + 'Pengurus membatasi penarikan simpanan. Pembatasan itu diumumkan lewat halaman Facebook resmi koperasi pada Senin malam.\n\n' +
      '“Demi menjaga likuiditas, penarikan dibatasi mulai Selasa.”\n\n“Mohon tidak percaya kabar yang belum jelas.”';
    assert.deepEqual(speakers(t), ['Koperasi Simpan Pinjam Sumber Rejeki Makmur', 'Koperasi Simpan Pinjam Sumber Rejeki Makmur']);
  });

  it('reads the owner named right after the channel, or a company by "perusahaan"', () => {
    const named = 'Harga saham turun tajam pada Rabu. Penjelasan disampaikan melalui akun Instagram PT Samudra Biru Logistik Tbk pada Rabu sore.\n\n“Kinerja kuartal ketiga tetap sesuai rencana.”';
    assert.deepEqual(speakers(named), ['PT Samudra Biru Logistik Tbk']);
    const noun = 'Harga saham PT Samudra Biru Logistik Tbk turun tajam pada Rabu.\n\nPenjelasan dimuat melalui akun Instagram perusahaan pada Rabu sore.\n\n“Kinerja kuartal ketiga tetap sesuai rencana.”';
    assert.deepEqual(speakers(noun), ['PT Samudra Biru Logistik Tbk']);
  });

  it('gives nobody when no body of that kind was named, and leaves a quote with its own cue alone', () => {
    const nobody = 'Warga resah sejak pekan lalu.\n\nPengumuman itu diunggah lewat halaman Facebook resmi yayasan pada Senin.\n\n“Kegiatan belajar diliburkan sampai Jumat.”';
    assert.deepEqual(speakers(nobody), [null]);
    const cued = KSP + 'Pembatasan itu diumumkan lewat halaman Facebook resmi koperasi.\n\n“Simpanan kami aman,” kata anggota bernama Rina Lestari.';
    assert.deepEqual(speakers(cued), ['Rina Lestari']);
  });

  it('reads no yard, site or canal as a channel: "di halaman Polres" is where a crowd gathered', () => {
    // "halaman" is a page and a yard, "situs" a website and a site, "kanal" a channel and a
    // canal: only a platform or "resmi"/"pribadi" after them makes them a channel.
    const yard = 'Polres Garut menggelar apel pada Senin.\n\nRatusan siswa berkumpul di halaman Polres Garut sejak pagi.\n\n“Kami menuntut jalan desa segera diperbaiki!”';
    assert.deepEqual(speakers(yard), [null]);
    const through = KSP + 'Para anggota masuk lewat halaman koperasi yang dijaga petugas.\n\n“Kembalikan uang kami!”';
    assert.deepEqual(speakers(through), [null]);
    const page = KSP + 'Pembatasan itu diumumkan di halaman resmi koperasi pada Senin malam.\n\n“Demi menjaga likuiditas, penarikan dibatasi.”';
    assert.deepEqual(speakers(page), ['Koperasi Simpan Pinjam Sumber Rejeki Makmur']);
  });

  it('finds the channel in the paragraph\'s last sentence only', () => {
    const p = 'Pengumuman dimuat lewat akun resmi koperasi. Warga lalu berdatangan.';
    const m: ActorMention[] = [{ start: 0, end: 8, text: 'Koperasi', type: 'ORG', canonical: 'Koperasi Maju Jaya' } as ActorMention];
    const text = 'Koperasi Maju Jaya buka.\n\n' + p;
    assert.equal(channelNarrationOwner(text, text.indexOf('Pengumuman'), text.length, m, 1, 1, () => true), -1);
    const q = 'Koperasi Maju Jaya buka.\n\nWarga berdatangan. Pengumuman dimuat lewat akun resmi koperasi.';
    assert.equal(channelNarrationOwner(q, q.indexOf('Warga'), q.length, m, 1, 1, () => true), 0);
  });
});
