// Portuguese "da", "do" and "das" join the words of one name as "dos" did (lexicon.ts
// NAME_PARTICLES, read by actors/ctx.ts particleJoined; session 56, issue 13, dev d483, where
// only the surname pair after "da" was found and the speaker with it). Sentences written for
// this test, read with the built-in KB; the three first cases failed before the change.
import assert from 'node:assert/strict';
import { personTextsWithBuiltinKb as names } from './helpers';

describe('Portuguese name particles "da", "do", "das" (lexicon.ts NAME_PARTICLES)', () => {
  it('"da" inside a name before a speech verb\'s attribution', () => {
    assert.deepEqual(names('"Kami siap," kata Joaquim da Cruz Soares.'), ['Joaquim da Cruz Soares']);
  });
  it('"do" inside a name after a verb', () => {
    assert.deepEqual(names('Hal itu disampaikan Ana Paula do Carmo kemarin.'), ['Ana Paula do Carmo']);
  });
  it('"das" inside a name opening a clause', () => {
    assert.deepEqual(names('Pekan lalu, Maria das Dores Belo menyebut harga kopi naik.'), ['Maria das Dores Belo']);
  });
  it('(guards) a particle with a name on one side only, and names the KB knows, read as before', () => {
    assert.deepEqual(names('Budi Santoso datang da pulang sore itu.'), ['Budi Santoso']);
    assert.deepEqual(names('Usulan itu kemarin ditolak Luiz Inácio Lula da Silva.'), ['Luiz Inácio Lula da Silva']);
    assert.deepEqual(names('Penyelam asal Belanda, Joost van den Heuvel, menilai tarif itu wajar.'), ['Joost van den Heuvel']);
  });
});
