import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { personTexts as people } from './helpers';

// speakers50: "kapal Sinar Bahari" names a boat, but after a person's noun the vehicle word
// is what that person owns or commands ("juragan kapal Yohanis Pangemanan", "kapten kapal
// …"): the name there is the person's, and the quotes after it are theirs, not the previous
// speaker's (dev d358).

describe('a person named after a person\'s noun and a vehicle word', () => {
  it('the owner or captain of a boat named after "juragan kapal" / "kapten kapal" is a person', () => {
    assert.deepEqual(people('Di dermaga, juragan kapal Yohanis Pangemanan hanya duduk memperbaiki jaring.'), ['Yohanis Pangemanan']);
    assert.deepEqual(people('Menurut kapten kapal Budi Santoso, ombak setinggi empat meter.'), ['Budi Santoso']);
  });
  it('the quote after that person is theirs, not the previous speaker\'s', () => {
    const text = 'Kepala dinas, Hendrik Simanjuntak, mengatakan harga ikan turun. "Kami sudah minta data," ujar Hendrik.\n\n' +
      'Di dermaga, juragan kapal Yohanis Pangemanan hanya duduk memperbaiki jaring. Kapalnya sudah seminggu tidak melaut.\n\n' +
      '"Anak buah saya tanya kapan berangkat."';
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker), ['Hendrik Simanjuntak', 'Yohanis Pangemanan']);
  });
  it('guards: a boat\'s or a train\'s name stays no actor', () => {
    assert.deepEqual(people('Penumpang kapal Sinar Bahari tertahan di pelabuhan.'), []);
    assert.deepEqual(people('Di pelabuhan, kapal Sinar Bahari tertahan ombak.'), []);
    assert.deepEqual(people('Masinis kereta api Argo Cahaya mengerem mendadak.'), []);
  });
  it('guard (review50): a name the paragraph also writes as the boat\'s ("Kapal X kembali") stays the boat after a captain\'s noun', () => {
    assert.deepEqual(people('Nakhoda kapal Sinar Bahari mengatakan ombak tinggi. Kapal Sinar Bahari kembali ke dermaga sore itu.'), []);
    assert.deepEqual(people('Kapten kapal Budi Santoso mengatakan kapal selamat. Kapten kapal Budi Santoso tiba pagi.'), ['Budi Santoso', 'Budi Santoso']);
  });
});
