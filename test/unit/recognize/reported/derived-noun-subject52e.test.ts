// fix52e (review52b finding 4): nounobj52 asks a content headed by a derived noun, or by a
// relative clause with a causative verb, or by the moments of an event, for a predicate of its
// own. These contents have one and stay statements: an adjective closing the content after a
// demonstrative, a predicate after "itu"/"tersebut" closing the relative clause (no modal
// needed), a degree word after the event's own verb. Own invented sentences.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('a derived-noun or relative-clause subject with a predicate of its own', () => {
  const one = (text: string, content: string) => assert.deepEqual(statementsOf(text), [content]);
  it('an adjective closing the content after a demonstrative', () => {
    one('Ketua Koperasi Nelayan Lorana, Dara Wenas, mengatakan penghasilan nelayan musim ini rendah.', 'penghasilan nelayan musim ini rendah => Dara Wenas');
    one('Dara Wenas menilai penyaluran pupuk di gudang desa itu lamban.', 'penyaluran pupuk di gudang desa itu lamban => Dara Wenas');
  });
  it('a predicate right after the demonstrative closing a causative relative clause', () => {
    one('Dara Wenas menyebut longsor yang membuat jalan desa tertutup itu dipicu hujan semalam.', 'longsor yang membuat jalan desa tertutup itu dipicu hujan semalam => Dara Wenas');
    one('Dara Wenas menilai aturan yang memaksa sopir angkot berganti trayek tersebut tidak adil.', 'aturan yang memaksa sopir angkot berganti trayek tersebut tidak adil => Dara Wenas');
  });
  it('a degree word after the verb of the moments told', () => {
    one('Dara Wenas menyebut detik-detik perahu terbalik sangat menegangkan bagi rombongan.', 'detik-detik perahu terbalik sangat menegangkan bagi rombongan => Dara Wenas');
  });
});

describe('the same shapes without a predicate stay noun objects', () => {
  it('a derived-noun phrase closed by a demonstrative', () => {
    assert.deepEqual(statementsOf('Dara Wenas menilai penyaluran pupuk di gudang desa itu.'), []);
    assert.deepEqual(statementsOf('Dara Wenas mengatakan penyusunan jadwal panen tahun ini di balai desa.'), []);
  });
  it('a causative relative clause closed by a demonstrative', () => {
    assert.deepEqual(statementsOf('Dara Wenas mengeluhkan kemacetan yang membuat sopir angkot terlambat itu.'), []);
  });
  it('a degree word inside the event told, before its verb', () => {
    assert.deepEqual(statementsOf('Dara Wenas menceritakan saat-saat angin sangat kencang.'), []);
  });
});
