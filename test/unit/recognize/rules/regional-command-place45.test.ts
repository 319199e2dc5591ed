// Session 45 (names45): "Kapolres <regency> AKBP Name": a regency or province the KB does not
// know, between a command head's title and a rank, was read as a person. It is the region (a
// GPE by the spec, as "Kapolres Lumajang" in the gold). Own invented sentences (a fictional regency).
import assert from 'node:assert/strict';
import { typedActors as actors } from '../helpers';

describe('actor rule regional-command-place', () => {
  it('reads the unknown region before the rank as a place', () => {
    assert.deepEqual(actors('Kapolres Xanduri AKBP Rudi Hartono mengatakan razia digelar.'), ['Xanduri/GPE', 'Rudi Hartono/PER']);
    assert.deepEqual(actors('Kapolres Xanduri, AKBP Rudi Hartono, mengatakan razia digelar.'), ['Xanduri/GPE', 'Rudi Hartono/PER']);
    assert.deepEqual(actors('Dandim Xanduri Letkol Inf Budi Santoso mengatakan.'), ['Xanduri/GPE', 'Budi Santoso/PER']);
  });
  it('leaves a head named with no region, and a known region, to the other rules', () => {
    assert.deepEqual(actors('Kapolres Rudi Hartono mengatakan razia digelar.'), ['Rudi Hartono/PER']);
    assert.deepEqual(actors('Kapolres AKBP Rudi Hartono mengatakan razia digelar.'), ['Rudi Hartono/PER']);
    assert.deepEqual(actors('Kapolres Bogor AKBP Rudi Hartono mengatakan razia digelar.'), ['Bogor/GPE', 'Rudi Hartono/PER']);
    // (a port's police: the port is a facility, no region; README)
    assert.ok(!actors('Kapolres Pelabuhan Tanjung Priok AKBP Rudi Hartono hadir.').some((a) => a.endsWith('/GPE')));
  });
});
