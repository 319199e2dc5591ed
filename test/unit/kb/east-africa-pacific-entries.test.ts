// Places and bodies a news KB should hold that it lacked: Tanzania's largest city (whose lower-case
// "es" cut it into "Dar" and a person "Salaam"), New Caledonia under its Indonesian name, and the
// main parties and university named with them. Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedActors as named } from '../recognize/helpers';

describe('East African and Pacific entries of the KB', () => {
  it('reads "Dar es Salaam" whole, alone and inside a mission or a university', () => {
    assert.deepEqual(named('Harga bahan bakar di Dar es Salaam naik pekan ini.'), ['Dar es Salaam/GPE/Dar es Salaam']);
    assert.deepEqual(named('Mahasiswa Universitas Dar es Salaam menggelar diskusi.'),
      ['Universitas Dar es Salaam/ORG/University of Dar es Salaam']);
    assert.deepEqual(named('Kedutaan Besar Republik Indonesia di Dar es Salaam membuka layanan paspor.'),
      ['Kedutaan Besar Republik Indonesia di Dar es Salaam/ORG/Kedutaan Besar Republik Indonesia di Dar es Salaam']);
  });
  it('reads "Kaledonia Baru" as New Caledonia and its congress and FLNKS as bodies', () => {
    assert.deepEqual(named('Ekspor nikel dari Kaledonia Baru turun tajam.'), ['Kaledonia Baru/GPE/New Caledonia']);
    assert.ok(named('Sidang Kongres Kaledonia Baru ditunda sepekan.').includes('Kongres Kaledonia Baru/ORG/Congress of New Caledonia'));
    assert.ok(named('Para pendukung FLNKS berkumpul di alun-alun.').includes('FLNKS/ORG/Kanak and Socialist National Liberation Front'));
  });
  it('reads Tanzania\'s opposition party Chadema as an organisation', () => {
    assert.ok(named('Chadema menolak hasil pemilihan itu.').includes('Chadema/ORG/Chadema'));
  });
  it('(guard) leaves ordinary words and other places alone', () => {
    assert.deepEqual(named('Dewan kota Baru menggelar rapat.').filter((n) => n.includes('Caledonia')), []);
    assert.deepEqual(named('Warga Salaam menanam padi di sawah.').filter((n) => n.includes('Dar es')), []);
    assert.deepEqual(named('Perusahaan itu membuka kantor baru di Nairobi.'), ['Nairobi/GPE/Nairobi']);
  });
});
