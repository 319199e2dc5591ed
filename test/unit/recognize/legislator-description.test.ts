// "…," sahut legislator … itu: a description of a council member points back to the person the
// article introduced as a member of a faction, a commission or a council (described-person.ts,
// the class of "legislator"). Own sentences about fictional events; the first case failed
// before the change, the others are probes it must not change.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';

describe('fresh48s: "legislator itu" is the member introduced with a faction or council', () => {
  it('after the official answered, the reply described as a legislator is the faction member', () => {
    const t = 'Kepala Dinas Pendidikan Maros, Andi Rahmat Hidayat, memaparkan jumlah sekolah rusak di Maros.\n\n' +
      'Anggota dari Fraksi Partai Demokrat, Hasanuddin Lamba, mempertanyakan lambatnya perbaikan atap sekolah di pelosok.\n\n' +
      '"Tahun ini ada 12 kelas yang roboh," katanya.\n\n' +
      '"Anggaran perbaikan sudah kami ajukan sejak Maret," jawab Andi.\n\n' +
      '"Ajukan saja tidak cukup, Pak. Saya lihat sendiri atapnya bolong," sahut legislator asal Kecamatan Mallawa itu.\n';
    assert.deepEqual(speakers(t), ['Hasanuddin Lamba', 'Andi Rahmat Hidayat', 'Hasanuddin Lamba']);
  });

  it('probe: a legislator named with that word is still found', () => {
    const t = 'Legislator Partai Golkar, Rahmawati Saleh, menyoroti antrean pupuk.\n\n' +
      'Kepala Dinas Pertanian, Budi Santosa, menjelaskan stok aman.\n\n' +
      '"Stok itu hanya di atas kertas," kata legislator itu.\n';
    assert.deepEqual(speakers(t), ['Rahmawati Saleh']);
  });

  it('probe: an official quoted with his own cue keeps it', () => {
    const t = 'Anggota Fraksi PKS, Umar Said, meminta pemerintah menambah kuota.\n\n' +
      '"Kuota ditetapkan pusat," kata Kepala Kantor Kemenag Maros, Ahmad Yani.\n';
    assert.deepEqual(speakers(t), ['Ahmad Yani']);
  });
});
