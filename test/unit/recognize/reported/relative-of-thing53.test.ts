// A reporting verb opening a restrictive relative clause after a thing ("… membacakan surat
// perjanjian yang menyebut …") has that thing as its subject: no identifiable actor speaks,
// and the sentence's subject only reads it out (ANNOTATION-SPEC "Reported speech": a
// statement renders an actor's words). Sentences written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('a restrictive relative clause after a thing reports nobody (session 53)', () => {
  it('"<person> membacakan <document> yang menyebut <clause>": no statement of the reader', () => {
    assert.deepEqual(statementsOf('Kuasa hukum warga, Budi Hartono, lalu membacakan surat perjanjian yang menyebut harga tanah sudah naik dua kali lipat.'), []);
  });
  it('"… <notice> yang menyebut <noun object>": no statement either', () => {
    assert.deepEqual(statementsOf('Ketua RT, Budi Hartono, lalu membacakan pengumuman kelurahan yang menyebut jadwal pemadaman bergilir.'), []);
  });
  it('a name and its comma before "yang" keep the relative clause its statement (guard)', () => {
    assert.deepEqual(statementsOf('Aksi itu diserukan Budi Hartono, yang mengatakan harga tanah sudah naik dua kali lipat.'),
      ['harga tanah sudah naik dua kali lipat => Budi Hartono']);
  });
  it('the main clause\'s own reporting verb is untouched (guard)', () => {
    assert.deepEqual(statementsOf('Kuasa hukum warga, Budi Hartono, menyebut harga tanah sudah naik dua kali lipat.'),
      ['harga tanah sudah naik dua kali lipat => Budi Hartono']);
  });
});
