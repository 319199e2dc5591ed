// Traditional forms of address stay outside the name ("Ki", "Nyi", "Jero Mangku", "Encik",
// lexicon HONORIFICS); a federation's state named with its capitalised prefix ("Negara Bagian
// Kano") is one place (rules/federal-state.ts). Sentences written for this test; each
// failed before the change, the guards did not.
import assert from 'node:assert/strict';
import { linkedActors as named } from './helpers';

describe('traditional forms of address before a name', () => {
  it('leaves "Ki", "Jero Mangku" and "Encik" out of the person\'s name', () => {
    assert.deepEqual(named('Dalang senior Ki Sastro Wiyono membuka pentas.'), ['Sastro Wiyono/PER/Sastro Wiyono']);
    assert.deepEqual(named('Pemangku pura, Jero Mangku Nyoman Sudarsa, memimpin upacara.'), ['Nyoman Sudarsa/PER/Nyoman Sudarsa']);
    assert.deepEqual(named('Manajer kebun, Encik Rosli bin Hamzah, menyambut rombongan.'), ['Rosli bin Hamzah/PER/Rosli bin Hamzah']);
  });
  it('(guard) keeps "Jero" as a given name and a name that merely starts like one', () => {
    assert.deepEqual(named('Mantan menteri Jero Wacik hadir dalam sidang.'), ['Jero Wacik/PER/Jero Wacik']);
    assert.deepEqual(named('Penyanyi Kiki Amalia tampil di Bandung.').slice(0, 1), ['Kiki Amalia/PER/Kiki Amalia']);
  });
});

describe('a federation\'s state with its prefix (federal-state.ts)', () => {
  it('is one place, named by its English title or by the KB', () => {
    assert.deepEqual(named('Pabrik itu berdiri di Negara Bagian Kano, Nigeria utara.'), ['Negara Bagian Kano/GPE/Kano State', 'Nigeria/GPE/Nigeria']);
    assert.deepEqual(named('Kebakaran hutan melanda Negara Bagian California pekan lalu.'), ['Negara Bagian California/GPE/California']);
  });
  it('(guard) leaves the lower-case common noun and a direction alone', () => {
    assert.ok(!named('Pemerintah negara bagian Rakhine menolak bantuan itu.').some((s) => s.includes('Bagian')));
    assert.ok(!named('Negara Bagian Selatan Sudan merdeka pada 2011.').some((s) => s.includes('Selatan State')));
  });
  it('(guard) reads a country after the prefix as the country, and titles "<name> State" only a federation that names its states so', () => {
    assert.ok(named('Sebanyak 15 Negara Bagian AS menggugat aturan impor itu.').includes('AS/GPE/United States'));
    const victoria = named('Negara Bagian Victoria di Australia dilanda kebakaran hutan.');
    assert.ok(!victoria.some((s) => s.includes('Victoria State')), victoria.join(', '));
  });
});
