// Issues 13 and 14: speakers carried through ordinary news (speakB37; own sentences about
// fictional events): feeling cues after a quote ("keluh X"), a village head named with the
// village and no comma, a branch office and its town before its head's name, and the
// reporter's contact aside between a speaker and the verb ("X, saat dihubungi, mengaku …").
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from './helpers';
import { contactAsideEnd } from '../../../src/core/recognize/contact-aside';

const actors = (t: string): string[] => analyze(t).actors.map((a) => `${t.slice(a.start, a.end)}|${a.type}`);

describe('speakers carried through ordinary news (speakB37)', () => {
  describe('feeling cues after a quote (lexicon.ts POST_CUES)', () => {
    it('gives "…,” keluh X" to X and carries X to the quotes after it', () => {
      const t = [
        '“Sudah tiga hari saya pulang dengan jeriken kosong,” keluh Karsono, nakhoda kapal kecil.',
        '“Kalau tidak melaut, anak buah kapal tidak dapat upah.”',
      ].join('\n\n');
      assert.deepEqual(speakers(t), ['Karsono', 'Karsono']);
    });

    it('reads "kisahnya", "harapnya" and "kelakar X" as cues', () => {
      const t = [
        'Warga, Rosmini Daeng, mengaku sudah lama menunggu.',
        '“Dulu saya jualan di sini,” kisahnya.',
        '“Semoga cepat selesai,” harapnya.',
        '“Nanti saya traktir,” kelakar Sutomo Hadi.',
      ].join('\n\n');
      assert.deepEqual(speakers(t), ['Rosmini Daeng', 'Rosmini Daeng', 'Sutomo Hadi']);
    });
  });

  describe('a village head with the village and no comma (village-official.ts)', () => {
    it('leaves a one-word village out of a full name of two or three words', () => {
      assert.deepEqual(actors('Kepala Desa Cibeureum Ujang Saepudin mengaku sudah menerima laporan.'), ['Ujang Saepudin|PER']);
      assert.deepEqual(actors('Camat Cisurupan Rina Marlina menambahkan mobil tangki datang besok.'), ['Rina Marlina|PER']);
    });

    it('keeps a head named with one or two words and no village', () => {
      assert.deepEqual(actors('Lurah Cok Sanusi hadir dalam rapat itu.'), ['Cok Sanusi|PER']);
    });

    it('gives the quotes to the head, not to "Cibeureum Ujang Saepudin"', () => {
      const t = 'Kepala Desa Cibeureum Ujang Saepudin mengaku sudah menerima laporan warga.\n\n“Pipa pengganti sudah dipesan,” ujarnya.';
      assert.deepEqual(speakers(t), ['Ujang Saepudin']);
    });
  });

  describe('a branch and its town before the head (branch-town.ts)', () => {
    it('ends an unknown acronym\'s branch after its one-word town', () => {
      assert.deepEqual(actors('General Manager ASDP Cabang Ketapang Yannes Kurniawan mengatakan kapal ditunda.'),
        ['ASDP Cabang Ketapang|ORG', 'Yannes Kurniawan|PER']);
    });

    it('ends a KB body\'s branch after its unknown one-word town', () => {
      assert.deepEqual(actors('Kepala BRI Cabang Ketapang Yannes Kurniawan mengatakan antrean berkurang.'),
        ['BRI Cabang Ketapang|ORG', 'Yannes Kurniawan|PER']);
    });

    it('keeps a branch with no name after it whole', () => {
      assert.deepEqual(actors('Kepala BRI Cabang Ketapang mengatakan antrean berkurang.'), ['BRI Cabang Ketapang|ORG']);
    });
  });

  describe('the reporter\'s contact aside before the verb (contact-aside.ts)', () => {
    it('finds the aside with and without its closing comma', () => {
      const a = 'Haryono, saat dihubungi mengaku kaget.';
      assert.equal(contactAsideEnd(a, 7), a.indexOf(' mengaku'));
      const b = 'Rudi, ketika dikonfirmasi melalui telepon, membantah.';
      assert.equal(contactAsideEnd(b, 4), b.indexOf(', membantah'));
      const c = 'Rudi, saat itu mengaku kaget.';
      assert.equal(contactAsideEnd(c, 4), 4);
    });

    it('gives the verb and the pronoun after it to the apposed name', () => {
      const t = 'Pemilik katering, Haryono, saat dihubungi mengaku kaget. Ia menegaskan: “Kami siap diperiksa.”';
      assert.deepEqual(actors(t), ['Haryono|PER']);
      assert.deepEqual(speakers(t), ['Haryono']);
    });
  });
});
