// The leading words of a company the article names with "PT", written alone where the rules
// read a person (after a title, before an officer's name introduced with a degree), are the
// company: a person's name is never the first words of a company the same article names
// (orgs55; seen in dev d467, "Presiden Direktur <two words>, Ir. <name>,").
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as linked } from './helpers';

describe('a company\'s leading words read alone are the company (orgs55)', () => {
  it('two leading words after a title, before a name opened by a degree', () => {
    const text = 'PT Lembayung Sakti Agrindo Tbk akan melantai di bursa bulan depan.\n\n' +
      'Presiden Direktur Lembayung Sakti, Ir. Hendrawan Lim Santoso, menyebut perseroan mencatat laba.';
    assert.deepEqual(linked(text).filter((a) => !a.endsWith('/GPE/' + a.split('/')[0])), [
      'PT Lembayung Sakti Agrindo Tbk/ORG/PT Lembayung Sakti Agrindo Tbk', 'Lembayung Sakti/ORG/PT Lembayung Sakti Agrindo Tbk',
      'Hendrawan Lim Santoso/PER/Hendrawan Lim Santoso',
    ]);
  });
  it('guard: a person who shares only the company\'s first words stays a person', () => {
    // (every word of the person's name would have to be the company's leading words)
    const text2 = 'PT Sinar Harapan Jaya menang tender.\n\nKepala proyek, Sinar Harapan Putri, mengatakan pekerjaan dimulai.';
    assert.ok(linked(text2).includes('Sinar Harapan Putri/PER/Sinar Harapan Putri'));
  });
});
