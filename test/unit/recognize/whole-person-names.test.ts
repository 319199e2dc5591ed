// A speaker or actor is the whole person's name (issue 13): the Amharic form of address
// "Ato" stays outside the name, as the Burmese "U" does (courtesy-titles.ts), and a surname
// whose particle is capitalised where it opens the name ("Van Dijkstra") is the person the
// article names in full with the particle in lower case (name-variants.ts, link pass).
// Sentences written for this test; the first of each block failed before the change.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as named } from './helpers';

describe('the Amharic "Ato" before a name', () => {
  it('stays outside the name, and a later given name alone is the same person', () => {
    assert.deepEqual(named('Ketua koperasi petani, Ato Tesfaye Bekele Gebre, mengatakan harga turun. Tesfaye menambahkan ekspor terhambat.'),
      ['Tesfaye Bekele Gebre/PER/Tesfaye Bekele Gebre', 'Tesfaye/PER/Tesfaye Bekele Gebre']);
    assert.deepEqual(named('Pedagang, Weyzero Almaz Tadesse, mengeluh.'), ['Almaz Tadesse/PER/Almaz Tadesse']);
  });
  it('(guard) keeps the Ghanaian given name "Ato" before one word and inside a name', () => {
    assert.deepEqual(named('Mantan pelari Ato Boldon hadir di stadion.'), ['Ato Boldon/PER/Ato Boldon']);
    assert.ok(named('Menteri Keuangan Ghana Cassiel Ato Forson mengatakan anggaran cukup.').includes('Cassiel Ato Forson/PER/Cassiel Ato Forson'));
  });
});

describe('a surname opening with a capitalised particle', () => {
  it('is the person named in full with the particle in lower case', () => {
    assert.deepEqual(named('Kurator museum, Johan van Dijkstra, hadir. Van Dijkstra mengatakan koleksi itu penting.'),
      ['Johan van Dijkstra/PER/Johan van Dijkstra', 'Van Dijkstra/PER/Johan van Dijkstra']);
    assert.deepEqual(named('Pelatih Bram de Groot Hendriks hadir. De Groot mengatakan timnya siap.'),
      ['Bram de Groot Hendriks/PER/Bram de Groot Hendriks', 'De Groot/PER/Bram de Groot Hendriks']);
  });
  it('(guard) leaves a capitalised particle name alone when no full name holds it', () => {
    assert.deepEqual(named('Peneliti Marten van Rossum hadir. Van Dijkstra mengatakan koleksi itu penting.'),
      ['Marten van Rossum/PER/Marten van Rossum', 'Van Dijkstra/PER/Van Dijkstra']);
  });
  it('(guard) keeps "van" inside an organisation and a name in capitals read as before', () => {
    assert.ok(named('Yayasan Van Deventer Maas menyalurkan beasiswa. Yayasan itu berdiri sejak 1939.').every((s) => !s.includes('/PER/')));
    const caps = named('Fotografer Dedi Kurniawan Saputra memotret banjir. DEDI KURNIAWAN mengatakan air tinggi.');
    assert.ok(caps.some((s) => s.startsWith('DEDI KURNIAWAN/PER/') && s.endsWith('Dedi Kurniawan Saputra')), caps.join(', '));
  });
});
