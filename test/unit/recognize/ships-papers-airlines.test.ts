// A ship's name after its designator (KRI, KM, MV, MT) is no actor, even when it is a
// person's or a city's name; a Japanese or Korean paper's name ends in its word for
// newspaper ("Shimbun", "Ilbo") and is an outlet, never a person; "Maskapai" before an
// airline's name is the common noun, capitalised or not. Sentences written for this test.
import assert from 'node:assert/strict';
import { typedActors as named } from './helpers';

describe('ships, foreign papers and airlines', () => {
  it('reads no actor in a ship\'s name after MV, MT or KRI', () => {
    assert.deepEqual(named('MV Ruby Star tenggelam di Selat Malaka pada Senin.'), []);
    assert.deepEqual(named('Kapal tanker MT Arman Jaya ditahan di Batam.'), ['Batam/GPE']);
    assert.deepEqual(named('KRI Semarang membawa bantuan ke Palu, sedangkan KRI Bung Tomo berjaga di Natuna.'), ['Palu/GPE', 'Natuna/GPE']);
  });
  it('(guard) reads "MV" in a paragraph about music as a music video, not a ship', () => {
    const found = named('NewJeans merilis lagu baru pekan lalu. MV NewJeans itu langsung trending di YouTube.');
    assert.equal(found.filter((s) => s.startsWith('NewJeans/')).length, 2, found.join(', '));
    assert.ok(!found.some((s) => s.startsWith('MV')), found.join(', '));
  });
  it('reads a paper whose name ends in "Shimbun" or "Ilbo" as an outlet', () => {
    assert.deepEqual(named('Harian Nikkan Shimbun melaporkan bahwa perdana menteri akan mundur.').map((s) => s.split('/')[1]), ['ORG']);
    assert.deepEqual(named('Menurut Hankook Ilbo, rapat kabinet ditunda.'), ['Hankook Ilbo/ORG']);
  });
  it('leaves "Maskapai" out of the airline\'s name', () => {
    assert.deepEqual(named('Pihak Maskapai Pelita Airways belum memberi keterangan.'), ['Pelita Airways/ORG']);
    assert.deepEqual(named('Kemarin Emiten Sinar Baja Tbk menggelar rapat umum.'), ['Sinar Baja Tbk/ORG']);
  });
  it('(guard) keeps initials and a body named with a company noun as they were', () => {
    // ("MT" without a vessel word before it: initials, read as before)
    assert.ok(named('Pengacara MT Haryanto mendampingi terdakwa di Pengadilan Negeri Medan.').some((s) => s.startsWith('MT')));
    assert.ok(named('Perusahaan Listrik Negara menaikkan tarif.').includes('Perusahaan Listrik Negara/ORG'));
  });
});
