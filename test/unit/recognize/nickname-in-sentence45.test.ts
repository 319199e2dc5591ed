// Session 45 (names45): "X, Kiki sapaan akrabnya" gave the nickname to the last person named in
// full before it, often another person of the same sentence. The nickname belongs to the
// nearest person before it in its sentence. Own invented sentences (fictional residents).
import assert from 'node:assert/strict';
import { actorsWithTestKb, speakersWithTestKb } from './helpers';

describe('a nickname introduced with "sapaan akrabnya"', () => {
  it('names the nearest person before it in its sentence, even one named by one word', () => {
    const t = 'Warga antre air.\n\nKetua RT, Budi Santoso, ditemani Marniati, Kiki sapaan akrabnya, mengatakan air mati. "Sudah tiga hari," kata Kiki.';
    assert.deepEqual(speakersWithTestKb(t), ['Marniati']);
    assert.ok(actorsWithTestKb(t).includes('Marniati/PER/Marniati'));
  });
  it('prefers a name of the sentence that holds the nickname', () => {
    const t = 'Budi Santoso menemui Sutrisno Wibowo dan Andi, yang akrab disapa Pak Tris. "Sudah tiga hari," kata Tris.';
    assert.deepEqual(speakersWithTestKb(t), ['Sutrisno Wibowo']);
  });
  it('still names the person named in full in an earlier sentence', () => {
    const t = 'Budi Santoso datang bersama Marniati Dewi. Marniati, atau Kiki sapaan akrabnya, mengatakan air mati. "Sudah tiga hari," kata Kiki.';
    assert.deepEqual(speakersWithTestKb(t), ['Marniati Dewi']);
    assert.deepEqual(speakersWithTestKb('"Kami siap," kata Raden Roy Suryo, Roy sapaan akrabnya.'), ['Roy Suryo']);
  });
});
