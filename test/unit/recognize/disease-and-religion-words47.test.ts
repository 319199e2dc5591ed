// Disease acronyms ("TBC", "DBD") and religions ("Buddha", "Hindu") are never actors on their
// own (lexicon.ts NEVER_ACTOR); bodies named with them keep their whole names.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('disease acronyms are no organisations', () => {
  it('"TBC", "DBD", "HIV" in ordinary health news are no actors', () => {
    assert.deepEqual(actors('Kasus TBC di Kabupaten Situbondo naik tajam tahun ini.'), ['Kabupaten Situbondo/GPE']);
    assert.deepEqual(actors('Pasien TBC resisten obat harus minum obat setiap hari, ujar Budi Santoso.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Tanya: Bagaimana dengan TBC kebal obat?'), []);
    assert.deepEqual(actors('Jumlah penderita DBD dan HIV di kota itu turun, kata Rina Marlina.'), ['Rina Marlina/PER']);
  });
  it('bodies and people next to them are read as before', () => {
    assert.deepEqual(actors('Dinas Kesehatan Kabupaten Situbondo mencatat 300 kasus TBC.'), ['Dinas Kesehatan Kabupaten Situbondo/ORG']);
    assert.deepEqual(actors('Komisi Penanggulangan AIDS Nasional menggelar rapat di Jakarta.').includes('Jakarta/GPE'), true);
    assert.deepEqual(actors('Yayasan Kusuma Buana mendampingi pasien.'), ['Yayasan Kusuma Buana/ORG']);
  });
});

describe('religions are no actors on their own', () => {
  it('"umat Buddha", "majelis-majelis agama Buddha", "Sang Buddha" name no actor', () => {
    assert.deepEqual(actors('Umat Buddha merayakan Waisak dengan tenang.'), []);
    assert.deepEqual(actors('Rencana itu menuai keberatan dari majelis-majelis agama Buddha.'), []);
    assert.deepEqual(actors('"Jangan sampai orang lebih ingat lampionnya daripada Sang Buddha," kata Bhikkhu Dhammasubho.').includes('Buddha/PER'), false);
    assert.deepEqual(actors('Ketua Pemuda Katolik Stefanus Gusma mengatakan pemilu damai.').includes('Stefanus Gusma/PER'), true);
  });
  it('bodies named with a religion keep their names', () => {
    assert.deepEqual(actors('Parisada Hindu Dharma Indonesia meminta umat Hindu tenang.'), ['Parisada Hindu Dharma Indonesia/ORG']);
    assert.deepEqual(actors('Wakil Ketua Majelis Tinggi Agama Khonghucu Indonesia, Budi Tanuwibowo, hadir.'),
      ['Majelis Tinggi Agama Khonghucu Indonesia/ORG', 'Budi Tanuwibowo/PER']);
    assert.deepEqual(actors('Rektor Universitas Islam Indonesia, Fathul Wahid, hadir.'), ['Universitas Islam Indonesia/ORG', 'Fathul Wahid/PER']);
    assert.deepEqual(actors('Yayasan Buddha Tzu Chi menyalurkan bantuan.'), ['Yayasan Buddha Tzu Chi/ORG']);
  });
});
