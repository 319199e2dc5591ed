// A body's short name the KB does not know read into its holder's name (body-glued-person.ts,
// link pass): sentences written for this test on the format of the dev articles d198 and
// d203 (other bodies and people), read with the built-in KB. The first two cases failed
// before the change; the guards did not.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as linked } from './helpers';
import { AloneWords } from '../../../src/core/recognize/body-glued-person';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

describe('a body\'s short name glued to its holder\'s name', () => {
  it('cuts the body off when the article names it alone and names the holder by one word', () => {
    const text = 'Warga meminta Diskanla segera turun tangan.\n\nKepala Diskanla Rudolfus Manek menyebut stok ikan cukup. ' +
      '"Kapal sudah berangkat," kata Rudolfus.';
    assert.deepEqual(linked(text), [
      'Diskanla/ORG/Diskanla', 'Diskanla/ORG/Diskanla', 'Rudolfus Manek/PER/Rudolfus Manek', 'Rudolfus/PER/Rudolfus Manek',
    ]);
  });
  it('also when the holder\'s one-word mention has no cue of its own', () => {
    const text = 'Kepala Bapedalda Yohanes Lede Rihi mengakui pengawasan belum optimal.\n\nAnggota dewan mendesak Bapedalda ' +
      'membuka hasil uji. Seusai rapat, Yohanes menemui wartawan.';
    const found = linked(text);
    assert.deepEqual(found, ['Bapedalda/ORG/Bapedalda', 'Yohanes Lede Rihi/PER/Yohanes Lede Rihi', 'Bapedalda/ORG/Bapedalda',
      'Yohanes/PER/Yohanes Lede Rihi']);
  });
  it('cuts the body off when the article names it as an organisation, though the holder is never named by one word', () => {
    // Session 41, fresh dev d221's pattern (another body and person): the acronym in brackets
    // after the body's full name, then the secretary-general with no comma, then "katanya".
    const text = 'Data Gabungan Pengusaha Rotan Indonesia (Gaprindo) menunjukkan ekspor turun. Sekretaris Jenderal Gaprindo ' +
      'Hendrik Sitompul menilai harga akan naik.\n\n"Pembeli menunggu," katanya.';
    const r = analyze(text);
    assert.deepEqual(r.actors.map((a) => `${a.text}/${a.type}/${a.canonical}`), [
      'Gabungan Pengusaha Rotan Indonesia/ORG/Gabungan Pengusaha Rotan Indonesia', 'Gaprindo/ORG/Gabungan Pengusaha Rotan Indonesia',
      'Gaprindo/ORG/Gabungan Pengusaha Rotan Indonesia', 'Hendrik Sitompul/PER/Hendrik Sitompul',
    ]);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Hendrik Sitompul']);
  });
  it('(guard) a Balinese or Sasak name is no body, though its first word stands elsewhere', () => {
    const text = 'Ketua panitia I Made Wirasa mengatakan acara dimulai pukul 19.00. "Semua siap," kata Wirasa.\n\n' +
      'Sementara itu, Lalu Ahmad Zaini dari Lombok ikut hadir. Lalu, ia pulang.';
    const found = linked(text);
    assert.ok(found.includes('I Made Wirasa/PER/I Made Wirasa'), found.join(', '));
    assert.ok(found.includes('Lalu Ahmad Zaini/PER/Lalu Ahmad Zaini'), found.join(', '));
  });
  it('(guard) a name whose first word stands alone only at sentence starts keeps it', () => {
    const text = 'Kepala desa Markus Umbu Ndapa mengatakan air bersih sudah mengalir. "Kami senang," kata Markus.\n\n' +
      'Markus menambahkan pipa baru dipasang pekan depan.';
    assert.ok(linked(text).includes('Markus Umbu Ndapa/PER/Markus Umbu Ndapa'));
  });
  it('cuts the body off when the article names it with its kind ("Partai Sanseito"), though the model reads it alone as a given name (d255)', () => {
    const text = 'Partai Sanseito mengancam keluar dari koalisi.\nKetua Sanseito Hiroshi Tanabe mengatakan partainya tidak bisa mendukung aturan itu.\n' +
      '"Kami sudah cukup sabar," kata Tanabe.\nPengamat menilai ancaman Sanseito lebih merupakan tawar-menawar.';
    const r = analyze(text);
    assert.deepEqual(r.actors.map((a) => `${a.text}/${a.type}/${a.canonical}`).slice(1), [
      'Sanseito/ORG/Partai Sanseito', 'Hiroshi Tanabe/PER/Hiroshi Tanabe', 'Tanabe/PER/Hiroshi Tanabe', 'Sanseito/ORG/Partai Sanseito',
    ]);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Hiroshi Tanabe']);
  });
  it('(guard) a given name the article never names with a body\'s kind stays in the name', () => {
    const text = 'Yayasan Bina Insani membuka kelas baru.\nKetua yayasan Hiroshi Tanabe Sato mengatakan kelas itu gratis. "Silakan daftar," kata Sato.';
    assert.ok(linked(text).includes('Hiroshi Tanabe Sato/PER/Hiroshi Tanabe Sato'), linked(text).join(', '));
  });
});

for (const [how, searches] of [['searched', Infinity], ['looked up in the index', 0]] as const) {
  describe(`a body's words standing alone elsewhere (AloneWords, ${how})`, () => {
    const words = (t: string) => new AloneWords(t, searches);
    const text = 'Kepala Dispora Yosef Ndun membuka lomba.\n\nPengurus Dispora Kupang menolak.\n\n' +
      'Warga mendesak Dispora membuka data. Sebelumnya, Disnak menutup kandang.';
    const alone = words(text);
    it('finds the words where they stand after a lower-case word, not where a capitalised word stands next to them', () => {
      // First paragraph: the glued mention itself; second: between capitalised words; third: alone.
      assert.equal(alone.elsewhere('Dispora', text.indexOf('Dispora')), true);
      const third = text.lastIndexOf('Dispora');
      assert.equal(words(text.slice(0, third)).elsewhere('Dispora', text.indexOf('Dispora')), false);
    });
    it('skips the mention itself, and finds the words after a comma', () => {
      assert.equal(alone.elsewhere('Disnak', text.indexOf('Disnak')), false);
      assert.equal(alone.elsewhere('Disnak', 0), true);
    });
    it('(guard) words that also occur in lower case, or only inside a longer word, do not stand alone', () => {
      const lower = 'Warga mendesak Sentosa membuka data. Kata sentosa berarti aman.';
      assert.equal(words(lower).elsewhere('Sentosa', 0), false);
      assert.equal(words('Warga mendesak Disporax membuka data.').elsewhere('Dispora', 0), false);
      assert.equal(words('Warga mendesak Di membuka data.').elsewhere('Di', 0), false);
    });
    it('(guard) words found in lower case inside a longer or capitalised word, or with a digit, as a search finds them', () => {
      const inside = 'Warga mendesak Sentosa membuka data. Rumah Kesentosaan ditutup.';
      assert.equal(words(inside).elsewhere('Sentosa', 0), false);
      assert.equal(words('Warga mendesak Sentosa membuka data. Rumah Kesentos ditutup.').elsewhere('Sentosa', 0), true);
      assert.equal(words('Warga mendesak Tim9 membuka data. Kode tim9 salah.').elsewhere('Tim9', 0), false);
    });
    it('looks up words of more than one word by their first word', () => {
      const two = 'Kepala Dinas Pangan Ani Lado hadir.\n\nWarga mendesak Dinas Pangan membuka data, bukan Dinas Kesehatan Kota.';
      assert.equal(words(two).elsewhere('Dinas Pangan', two.indexOf('Dinas')), true);
      assert.equal(words(two).elsewhere('Dinas Kesehatan', 0), false);
    });
  });
}

describe('AloneWords asked again and again about the same words (speed51)', () => {
  it('answers for each mention from the occurrences found once: both of two alone occurrences see the other', () => {
    const text = 'Warga mendesak Disdik membuka data.\n\nKepala Disdik Maria Ulu hadir.\n\nSebelumnya, Disdik menutup sekolah.';
    const alone = new AloneWords(text, 0);
    const first = text.indexOf('Disdik');
    const second = text.lastIndexOf('Disdik');
    assert.equal(alone.elsewhere('Disdik', first), true);
    assert.equal(alone.elsewhere('Disdik', second), true);
    assert.equal(alone.elsewhere('Disdik', text.indexOf('Disdik Maria')), true);
    const once = 'Warga mendesak Disdik membuka data.\n\nKepala Disdik Maria Ulu hadir.';
    const one = new AloneWords(once, Infinity);
    assert.equal(one.elsewhere('Disdik', once.indexOf('Disdik')), false);
    assert.equal(one.elsewhere('Disdik', once.indexOf('Disdik Maria')), true);
  });
  it('stays linear when every paragraph glues the same body, which never stands alone, to a name', () => {
    // Each question walked every occurrence of the body's first word: the generated bench text
    // of 20 MB asked 19 questions about two bodies, 4 % of its analysis.
    const unit = 'Kepala Disdik Maria Ulu hadir di sekolah itu.\n\n';
    const growth = cpuGrowth((n) => {
      const text = unit.repeat(n);
      const alone = new AloneWords(text);
      for (let at = text.indexOf('Disdik'); at >= 0; at = text.indexOf('Disdik', at + 1)) alone.elsewhere('Disdik', at);
      // (40,000 paragraphs: ~25 ms of CPU at n on a quiet machine; at 10,000 a run took 4–10 ms and one
      // collection or compile landing in it measured 11x under load although the walk grows 2–4x)
    }, 40_000, 3);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the look-up is quadratic`);
  });
  it('stays linear when every paragraph asks about a body of its own that stands alone (session 52)', () => {
    // Each distinct body that stands alone was searched for in lower case through the whole
    // text: distinct bodies grow with a long text, so the searches grew with its square.
    const letters = 'bcdfghjklmnprstvwz';
    const body = (i: number) => 'Dis' + [...String(i)].map((d) => letters[Number(d)] + 'a').join('');
    const growth = cpuGrowth((n) => {
      let text = '';
      for (let i = 0; i < n; i++) text += `Warga mendesak ${body(i)} membuka data di kantor itu.\n\n`;
      const alone = new AloneWords(text);
      for (let i = 0, at = 0; i < n; i++, at = text.indexOf('\n\n', at) + 2) alone.elsewhere(body(i), at);
    }, 2_000);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the lower-case search is quadratic`);
  });
});
