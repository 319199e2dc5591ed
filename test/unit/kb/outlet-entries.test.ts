// Outlets the KB names (data/kb/media.json): a regional daily cited by its domain or short
// name, a business daily by its domain. Sentences written for this test; both failed before
// the entries (the domain kept as its own name, "Lampost" read as a person).
import assert from 'node:assert/strict';
import { linkedActors as named } from '../recognize/helpers';

describe('outlets named by their domain or short name (media.json)', () => {
  it('reads "Lampost.co" and "Lampost" as the Lampung Post', () => {
    assert.deepEqual(named('Warga mengadu ke redaksi Lampost.co pada Senin. Menurut Lampost, jalan desa itu rusak sejak Maret.'),
      ['Lampost.co/ORG/Lampung Post', 'Lampost/ORG/Lampung Post']);
  });
  it('reads "investor.id" as Investor Daily, and leaves the word "investor" alone', () => {
    assert.deepEqual(named('Seperti dilansir investor.id, saham bank itu naik tiga persen. Para investor asing ikut membeli.'),
      ['investor.id/ORG/Investor Daily']);
  });
  it('reads a regional paper\'s web address, also in capitals, as the paper (session 50)', () => {
    assert.deepEqual(named('Seperti dikutip WartaKotalive.com, banjir merendam dua kelurahan. Sumeks.co juga memberitakan hal itu.'),
      ['WartaKotalive.com/ORG/Warta Kota', 'Sumeks.co/ORG/Sumatera Ekspres']);
    assert.deepEqual(named('NUSABALI.COM - Harga cabai naik lagi pekan ini.').slice(0, 1), ['NUSABALI.COM/ORG/NusaBali']);
  });
  it('guard: a national site with a newsroom of its own keeps its name', () => {
    assert.deepEqual(named('Seperti dikutip JawaPos.com, harga cabai naik lagi pekan ini.'), ['JawaPos.com/ORG/JawaPos.com']);
  });
});
