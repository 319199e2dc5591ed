// Session 45 (names45): a service's code in brackets after an officer's rank ("Kolonel Laut (P)",
// "Mayjen TNI (Purn)") is part of the rank: it was read as a person "P" or as the army's acronym.
// Own invented sentences (fictional officers).
import assert from 'node:assert/strict';
import { typedActors as actors } from '../helpers';

describe('actor rule rank-branch-code', () => {
  it('skips the navy corps code after a rank and its service', () => {
    assert.deepEqual(actors('Kolonel Laut (P) Andi Wijaya memimpin latihan itu.'), ['Andi Wijaya/PER']);
    assert.deepEqual(actors('Letkol Laut (KH) Andi Wijaya hadir.'), ['Andi Wijaya/PER']);
    assert.deepEqual(actors('Kolonel Laut (E) Andi Wijaya hadir.'), ['Andi Wijaya/PER']);
  });
  it('a retired officer\'s code is no acronym of the force before it', () => {
    assert.deepEqual(actors('Mayjen TNI (Purn) Budi Santoso hadir.'), ['TNI/ORG', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Irjen Polri (Purn.) Budi Santoso hadir.'), ['Polri/ORG', 'Budi Santoso/PER']);
  });
  it('leaves brackets after other words alone', () => {
    assert.deepEqual(actors('Tentara Nasional Indonesia (TNI) hadir.'), ['Tentara Nasional Indonesia/ORG', 'TNI/ORG']);
    assert.deepEqual(actors('Partai Keadilan Sejahtera (PKS) hadir.'), ['Partai Keadilan Sejahtera/ORG', 'PKS/ORG']);
  });
});
