// National bodies the built-in KB lacked, named by their short forms in economic and civil
// service news (dev d203, d225, d272, d287): their official names.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';

describe('national bodies in the built-in KB (session 47)', () => {
  it('Bapanas, LPS, Perpustakaan Nasional and Kementerian PANRB by their short forms', () => {
    assert.deepEqual(orgs('Bapanas memastikan stok beras aman, sementara LPS menjamin simpanan nasabah.'), [
      'Bapanas/Badan Pangan Nasional', 'LPS/Lembaga Penjamin Simpanan',
    ]);
    assert.deepEqual(orgs('Perpustakaan Nasional meluncurkan aplikasi baru. Kementerian PANRB menerbitkan surat edaran.'), [
      'Perpustakaan Nasional/Perpustakaan Nasional Republik Indonesia',
      'Kementerian PANRB/Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia',
    ]);
  });
});
