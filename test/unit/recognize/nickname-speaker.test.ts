// speakers44: "…," ujar pria yang akrab disapa Pak Tris itu: the nickname names the person the
// article introduced, also when that person goes by one name that holds the nickname
// ("Sutrisno"); only a full (two-word) name was taken before, so the nickname itself became
// the speaker. Own sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from './helpers';

describe('a nickname in the attribution (link.ts, nicknamed)', () => {
  it('gives the quote to a one-name person whose name holds the nickname', () => {
    const t = 'Sutrisno, pedagang sayur di Pasar Kramat, mengeluhkan sepinya pembeli. "Sejak harga cabai naik, pembeli berkurang separuh," ujar pria yang akrab disapa Pak Tris itu.';
    assert.deepEqual(speakers(t), ['Sutrisno']);
  });

  it('keeps a full name before the nickname, and leaves a one-name person the nickname is not part of', () => {
    const full = 'Arifin Nugraha, pemilik warung kopi, mengeluhkan harga gula. "Untungnya makin tipis," ujar pria yang akrab disapa Arif itu.';
    assert.deepEqual(speakers(full), ['Arifin Nugraha']);
    const other = 'Sutrisno, pedagang sayur, mengeluhkan sepinya pembeli. "Pembeli berkurang separuh," ujar pria yang akrab disapa Pak Darto itu.';
    // (a nickname unlike the one name stays the nickname's own: no guess which person it is)
    assert.deepEqual(speakers(other), ['Darto']);
  });
});

describe('a nickname the article introduced, used again later (link.ts)', () => {
  it('gives "kata Gus Ipul" to the person "Gus Ipul, sapaan akrabnya" named', () => {
    const t = 'Bantuan Gempa\n\nMenteri Sosial Saifullah Yusran mengunjungi korban. Gus Ipul, sapaan akrabnya, menyerahkan bantuan.\n\n"Ini bentuk kehadiran negara," kata Gus Ipul.';
    assert.deepEqual(speakers(t), ['Saifullah Yusran']);
    const canon = analyze(t).actors.filter((a) => a.text === 'Ipul').map((a) => a.canonical);
    assert.deepEqual(canon, ['Saifullah Yusran', 'Saifullah Yusran']);
  });

  it('leaves the same word alone when no nickname was introduced', () => {
    const t = 'Bantuan Gempa\n\nMenteri Sosial Saifullah Yusran mengunjungi korban bersama Roy.\n\n"Ini bentuk kehadiran negara," kata Roy.';
    assert.deepEqual(speakers(t), ['Roy']);
  });
});

describe('a nickname given with "dipanggil" (link.ts, NICKNAME_BEFORE)', () => {
  it('reads "atau biasa dipanggil Yuni" and "yang akrab dipanggil Bu Yuyun" as "disapa" is read', () => {
    const a = 'Pasar Rakyat\n\nPedagang cabai, Sri Wahyuni atau biasa dipanggil Yuni, mengeluhkan harga. "Pembeli sepi," kata Yuni.';
    assert.deepEqual(speakers(a), ['Sri Wahyuni']);
    const b = 'Pasar Rakyat\n\nPedagang cabai Sri Wahyuningsih (45), yang akrab dipanggil Bu Yuyun, mengeluhkan harga. "Pembeli sepi," kata Yuyun.';
    assert.deepEqual(speakers(b), ['Sri Wahyuningsih']);
  });
});
