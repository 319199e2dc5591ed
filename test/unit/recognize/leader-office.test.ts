// actors/leader-office.ts: a leader's office names no organisation.
import assert from 'node:assert/strict';
import { typedActors as linked } from './helpers';

describe('leader-office (Kantor Perdana Menteri Israel …)', () => {
  it('"Kantor" before a leader\'s title opens no body; the country and the leader are read as without it (d140)', () => {
    assert.deepEqual(linked('Kantor Perdana Menteri Israel Benjamin Netanyahu menyatakan pasukan akan tetap di sana.'), ['Israel/GPE', 'Benjamin Netanyahu/PER']);
    assert.deepEqual(linked('Kantor Wakil Presiden Filipina menolak tuduhan itu.'), ['Filipina/GPE']);
  });
  it('other offices stay bodies ("Kantor Staf Presiden")', () => {
    assert.deepEqual(linked('Kantor Staf Presiden (KSP) menyatakan program berjalan.'), ['Kantor Staf Presiden/ORG', 'KSP/ORG']);
  });
});
