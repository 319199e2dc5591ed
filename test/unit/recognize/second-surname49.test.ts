// Session 49 (probe49): kb-name.ts longerNamesake read "Gabriel Boric Font" as a namesake of the
// KB's Gabriel Boric (a further surname the KB name lacks), so the president of Chile lost his
// identity and the statement he made with it. In Spanish and Portuguese names the second
// (maternal) surname is part of the same person's full name, which news writes at times
// ("Gustavo Petro Urrego"); an Indonesian namesake of a foreign KB person ("Muhammad Yunus
// Pabbicara") is still one. Own sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const canonicals = (t: string) => analyze(t).actors.filter((a) => a.type === 'PER').map((a) => `${a.text}/${a.canonical}`);

describe('probe49: a second surname of a person of Iberian naming keeps the KB identity', () => {
  it('the president of Chile or Colombia written with the mother\'s surname', () => {
    assert.deepEqual(canonicals('Presiden Chile Gabriel Boric Font meminta petani membuka blokade jalan.'), ['Gabriel Boric Font/Gabriel Boric']);
    const r = analyze('Presiden Chile Gabriel Boric Font meminta petani membuka blokade jalan.');
    assert.deepEqual((r.reported ?? []).map((s) => s.speaker), ['Gabriel Boric']);
    assert.deepEqual(canonicals('Presiden Kolombia Gustavo Petro Urrego mengatakan perundingan berlanjut.'), ['Gustavo Petro Urrego/Gustavo Petro']);
  });
  it('(guard) a namesake of a foreign KB person with an Indonesian surname stays a namesake', () => {
    assert.deepEqual(canonicals('Kepala kantor itu, H. Muhammad Yunus Pabbicara, memaparkan data pendaftar.'),
      ['Muhammad Yunus Pabbicara/Muhammad Yunus Pabbicara']);
  });
});
