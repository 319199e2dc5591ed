// "Penulis: Kontributor Wamena, Yohanes Kogoya": regional news credits a contributor by the town
// they report from, then their name. The town is a place, not a person (dev d371). Sentences
// written for this test.
import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule contributor-town', () => {
  it('reads the word between "Kontributor" and the comma as a place', () => {
    assert.deepEqual(mentions('Penulis: Kontributor Wamena, Yohanes Kogoya | Editor: Laras Wulandari'),
      ['Wamena/GPE', 'Yohanes Kogoya/PER', 'Laras Wulandari/PER']);
    assert.ok(steps('Penulis: Kontributor Tiakur, Yohanes Kogoya').includes('contributor-town: Kontributor Tiakur'));
  });
  it('(guard) leaves an outlet after "Kontributor", a name with no comma and running text', () => {
    assert.ok(!steps('Penulis: Kontributor Kompas.com, Yohanes Kogoya').some((s) => s.startsWith('contributor-town')));
    assert.ok(!steps('Penulis: Kontributor Yohanes Kogoya').some((s) => s.startsWith('contributor-town')));
    assert.ok(!steps('Kontributor kami, Yohanes Kogoya, melaporkan dari lokasi.').some((s) => s.startsWith('contributor-town')));
    assert.ok(mentions('Penulis: Kontributor Yohanes Kogoya').includes('Yohanes Kogoya/PER'));
  });
});
