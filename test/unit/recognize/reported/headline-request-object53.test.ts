// A headline request "X Minta / Desak / Imbau <content>" reports X's request only when the
// content asks for something to be done; a thing asked for ("Minta Penyelidikan
// Independen", "Minta Keterangan Lengkap") is a noun object, and a reporting verb with only a
// noun object reports nothing (ANNOTATION-SPEC "Reported speech"; session 52 ruling:
// "PBB Minta Penyelidikan Independen" is no statement). Headlines written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('headline requests with a noun object (session 53)', () => {
  it('"<KB name> Minta <derived noun> <adjective>" is no statement', () => {
    assert.deepEqual(statementsOf('Banjir di Perbatasan, Moskow Minta Pengawasan Bersama'), []);
    assert.deepEqual(statementsOf('Rusia Desak Penyelidikan Independen'), []);
    assert.deepEqual(statementsOf('Kapal Ikan Ditahan, Jepang Minta Keterangan Lengkap'), []);
  });
  it('a request whose content is a clause still reports (guards)', () => {
    assert.deepEqual(statementsOf('Harga Minyak Naik, Prancis Desak Eropa Hemat Energi'), ['Eropa Hemat Energi => France']);
    assert.deepEqual(statementsOf('Rusia Minta Pengungsi Segera Kembali ke Rumah'), ['Pengungsi Segera Kembali ke Rumah => Russia']);
    assert.deepEqual(statementsOf('Rusia Minta Wisatawan Waspada'), ['Wisatawan Waspada => Russia']);
    assert.deepEqual(statementsOf('Rusia Desak Perusahaan Bayar Ganti Rugi'), ['Perusahaan Bayar Ganti Rugi => Russia']);
  });
});
