// actors/university-holder.ts: an academic's name right after the university's, with a role
// before and a speech verb after, is cut off the university (issue 13's leftover).
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as linked } from './helpers';

describe('university-holder (Universitas Pakuan Eka Suryana Prawira menilai)', () => {
  it('a role, the university, the academic and a speech verb: two mentions (d152, d157, d145)', () => {
    assert.deepEqual(linked('Pengamat pendidikan Universitas Pakuan Eka Suryana Prawira menilai masalahnya di daya tampung.'), [
      'Universitas Pakuan/ORG', 'Eka Suryana Prawira/PER',
    ]);
    assert.deepEqual(linked('Dosen fisika Institut Teknologi Sumatera Rahmat Hidayat Siregar menilai penemuan itu jarang terjadi.'), [
      'Institut Teknologi Sumatera/ORG', 'Rahmat Hidayat Siregar/PER',
    ]);
    assert.deepEqual(linked('Pengamat transportasi Universitas Katolik Soegijapranata Teguh Santoso Wibisono melihat penumpukan itu.'), [
      'Universitas Katolik Soegijapranata/ORG', 'Teguh Santoso Wibisono/PER',
    ]);
  });
  it('a comma after the university closes its name; no role or no verb leaves the name whole', () => {
    assert.deepEqual(linked('Pengamat politik Universitas Sultan Ageng Tirtayasa, Ikhsan Maulana, menilai gugatan itu wajar.'), [
      'Universitas Sultan Ageng Tirtayasa/ORG', 'Ikhsan Maulana/PER',
    ]);
    assert.deepEqual(linked('Mahasiswa Universitas Sam Ratulangi Sulawesi Utara menggelar aksi.').slice(0, 1), ['Universitas Sam Ratulangi/ORG']);
    assert.deepEqual(linked('Pengamat Universitas Pakuan Eka Suryana Prawira dan rekannya hadir.'), ['Universitas Pakuan Eka Suryana Prawira/ORG']);
  });
});
