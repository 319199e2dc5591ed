// Issue 13 (anaphor48): a person named after an active verb of the main clause is its object,
// never the subject a following "ia" / "katanya" points back to. Own sentences about
// fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as quotes, statementPairs as statements } from './helpers';
import { objectOfVerbBefore } from '../../../src/core/recognize/object-person';
import { onlyPlacesBefore } from '../../../src/core/recognize/place-before-subject';

describe('a person after a meN- verb is its object (object-person.ts)', () => {
  it('reads the verb before the name, not a noun of the same shape nor a relative clause', () => {
    const p = 'Tim gabungan menangkap Yosef Laka di pelabuhan.';
    assert.equal(objectOfVerbBefore(p, 0, p.indexOf('Yosef')), true);
    const q = 'Hadir mewakili gubernur, Sekda Wayan Darma membuka acara.';
    assert.equal(objectOfVerbBefore(q, 0, q.indexOf('Wayan')), false);
    const r = 'Pedagang yang menolak relokasi, Sumiati, mengadu ke dewan.';
    assert.equal(objectOfVerbBefore(r, 0, r.indexOf('Sumiati')), false);
    const s = 'Dalam rapat itu menteri perdagangan Rudi Kusnadi hadir.';
    assert.equal(objectOfVerbBefore(s, 0, s.indexOf('Rudi')), false);
    // a word shorter than a prefixed verb ("meja") is none
    const u = 'Di meja depan Lina Marlina menunggu.';
    assert.equal(objectOfVerbBefore(u, 0, u.indexOf('Lina')), false);
  });

  it('gives "katanya" to the commander, not to the suspect the police arrested', () => {
    const t = 'Kapolsek Tanjung Kompol Harun Rasyid menyebut komplotan itu sudah diintai dua pekan. Polisi menangkap seorang tersangka bersama rekannya, Yosef Laka, di sebuah penginapan.\n\n' +
      '"Keduanya kami jerat pasal pencurian dengan pemberatan," katanya.';
    assert.deepEqual(quotes(t), ['Harun Rasyid']);
  });

  it('gives a pronoun\'s statement to the last subject, in the same paragraph too', () => {
    const t = 'Kepala Kejaksaan Negeri Ende Maria Goreti mengatakan berkas sudah lengkap. Jaksa lalu menahan Stefanus Wara di rutan kejaksaan. Ia mengatakan sidang digelar bulan depan.';
    assert.deepEqual(statements(t).map(([, who]) => who), ['Maria Goreti', 'Maria Goreti']);
  });

  it('leaves the one a verb presents as a speaker the topic of the next pronoun', () => {
    const t = 'Rektor Universitas Nusa Bangsa, Efa Lestari, membuka seminar pariwisata. Seminar itu menghadirkan Menteri Pariwisata Dyah Kusumawati sebagai pembicara utama. Ia mengatakan kunjungan wisatawan naik.';
    assert.deepEqual(statements(t).map(([, who]) => who), ['Dyah Kusumawati']);
  });

  it('leaves a subject after a fronted adjunct or a relative clause with a verb as it was', () => {
    const a = 'Saat meninjau pasar, Wali Kota Palopo Naili Trisal mengatakan harga beras stabil.\n\n"Stok aman sampai Lebaran," katanya.';
    assert.deepEqual(quotes(a), ['Naili Trisal']);
    const b = 'Warga yang mengeluhkan banjir, Sumarni (40), mengatakan air masuk sejak subuh.\n\n"Kasur kami basah semua," katanya.';
    assert.deepEqual(quotes(b), ['Sumarni']);
  });
});

describe('a body inside the subject\'s title does not hide the subject (place-before-subject.ts)', () => {
  it('reads the body after the title\'s head as part of the title, not a body opening the sentence', () => {
    const p = 'Kepala Satpol PP Kota Bandung, Rasdian Setiadi, memimpin penertiban.';
    const ms = analyze(p).actors.map((a) => ({ start: a.start, end: a.end, type: a.type }));
    const person = ms.findIndex((m) => p.slice(m.start, m.end) === 'Rasdian Setiadi');
    assert.equal(onlyPlacesBefore(p, ms as never, 0, 0, person), true);
    const q = 'KPK, melalui juru bicaranya Budi Prasetyo, menjelaskan jadwal.';
    const qs = analyze(q).actors.map((a) => ({ start: a.start, end: a.end, type: a.type }));
    const who = qs.findIndex((m) => q.slice(m.start, m.end) === 'Budi Prasetyo');
    assert.equal(onlyPlacesBefore(q, qs as never, 0, 0, who), false);
  });

  it('gives "Menurutnya" in the next paragraph to the head of the body who led, not to the owner of the stall', () => {
    const t = 'Kepala Satpol PP Kota Sukamulya, Rasdian Setiadi, memimpin penertiban di Jalan Merdeka. Petugas membongkar lapak milik Ujang Sopandi dan tiga pedagang lain.\n\n' +
      'Menurutnya, penertiban dilakukan setelah tiga kali peringatan.';
    assert.deepEqual(statements(t).map(([, who]) => who), ['Rasdian Setiadi']);
  });
});
