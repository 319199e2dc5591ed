// Issue 13 (convo48): a paragraph of narration that names a person only as the object of a
// preposition ("… menerima bantuan dari Gubernur X.") introduces no speaker: the bare quote
// after it goes on with the speaker before (narration-subject.ts namedAsObject, link.ts).
// A person the paragraph introduces as its topic, even through a passive or "bernama", still
// takes the floor. Sentences written for this test, built-in KB.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { namedAsObject } from '../../../../src/core/recognize/narration-subject';

const HEAD = 'Bus Kota\n\nBandung - Dinas Perhubungan Kota Bandung menambah armada bus kota.\n\n' +
  '"Kami akan menambah 20 bus di jalur padat," kata Kepala Dinas Perhubungan, Budi Santoso.\n\n';
const QUOTE = '\n\n"Bantuan itu sudah terpakai semua. Tahun ini kami memakai anggaran sendiri."';

describe('convo48: a person named as an object opens no turn', () => {
  it('the quote after "… dari Gubernur X." continues the speaker before', () => {
    assert.deepEqual(speakers(HEAD + 'Tahun lalu, dinas itu menerima bantuan bus dari Gubernur Ridwan Hakim.' + QUOTE), ['Budi Santoso', 'Budi Santoso']);
  });

  it('probes: a subject, a passive\'s agent and a fronted adjunct still introduce the speaker', () => {
    assert.deepEqual(speakers(HEAD + 'Gubernur Ridwan Hakim meninjau terminal Leuwipanjang.' + QUOTE), ['Budi Santoso', 'Ridwan Hakim']);
    assert.deepEqual(speakers(HEAD + 'Keluhan serupa dialami Ratna Dewi, sopir angkot di Cicaheum.' + QUOTE), ['Budi Santoso', 'Ratna Dewi']);
    assert.deepEqual(speakers(HEAD + 'Saat meninjau terminal untuk warga, Gubernur Ridwan Hakim tampak kesal.' + QUOTE), ['Budi Santoso', 'Ridwan Hakim']);
  });

  it('namedAsObject reads the clause before the name only', () => {
    const a = 'Tahun lalu, dinas itu menerima bantuan dari Gubernur Ridwan.';
    assert.equal(namedAsObject(a, 0, a.indexOf('Gubernur')), true);
    const b = 'Untuk warga, Gubernur Ridwan membuka posko.';
    assert.equal(namedAsObject(b, 0, b.indexOf('Gubernur')), false);
    const c = 'Menurut Gubernur Ridwan, posko dibuka.';
    assert.equal(namedAsObject(c, 0, c.indexOf('Gubernur')), false);
  });

  // review48 misfire 6: "Bagi X, …" / "Untuk X, …" opening the sentence fronts its topic.
  it('(guard) a person fronted by "Bagi"/"Untuk" and a comma is the topic the quote after is given to', () => {
    assert.deepEqual(speakers(HEAD + 'Bagi sopir angkot Ratna Dewi, jalur baru itu mengurangi penumpang.' + QUOTE), ['Budi Santoso', 'Ratna Dewi']);
    assert.deepEqual(speakers(HEAD + 'Untuk Wali Kota Bandung Rahmat Hidayat, armada baru menjadi prioritas tahun ini.' + QUOTE), ['Budi Santoso', 'Rahmat Hidayat']);
    const a = 'Bagi Ratna Dewi, jalur itu sepi.';
    assert.equal(namedAsObject(a, 0, a.indexOf('Ratna')), false);
    // no comma after the name: still the object ("untuk" names the beneficiary)
    const b = 'Untuk Gubernur Ridwan dinas itu menyiapkan bus khusus.';
    assert.equal(namedAsObject(b, 0, b.indexOf('Ridwan')), true);
  });
});
