// A body's short form of three or four words in brackets names the same body
// (actors/short-form-in-brackets.ts), and a kind's initials the KB knows as another body
// start that kind's name after a title too (rules/body-then-person.ts). Sentences written
// for this test on the format of dev article d240 (another cooperative and people), read
// with the built-in KB; the first case failed before the change.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('a short form of three or four words in brackets', () => {
  const full = 'Koperasi Simpan Pinjam Sumber Rejeki Makmur';
  it('names the body named in full before it, here and later', () => {
    const text = `Ratusan anggota ${full} (KSP Sumber Rejeki) mendatangi kantor koperasi.\n\n` +
      'Ketua pengurus KSP Sumber Rejeki, Bambang Riyadi Sutopo, menemui anggota.';
    assert.deepEqual(linked(text), [
      `${full}/ORG/${full}`, `KSP Sumber Rejeki/ORG/${full}`, `KSP Sumber Rejeki/ORG/${full}`,
      'Bambang Riyadi Sutopo/PER/Bambang Riyadi Sutopo',
    ]);
  });
  it('(guard) words in brackets that are not the full name\'s are no short form of it', () => {
    const found = linked(`Ratusan anggota ${full} (Klaten Jawa Tengah) mendatangi kantor.`);
    assert.ok(!found.some((a) => a.startsWith('Klaten Jawa Tengah/ORG')), found.join(', '));
  });
});
