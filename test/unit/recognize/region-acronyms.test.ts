import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { regionAcronyms } from '../../../src/core/recognize/region-acronyms';
import type { ActorMention } from '../../../src/core/recognize/types';

const mention = (text: string, type: ActorMention['type'], canonical = text): ActorMention => ({ start: 0, end: text.length, text, type, canonical });

describe('region-acronyms: a regency written by its initials (recog37, d174)', () => {
  it('an acronym spelling a named regency is that regency, in a headline too', () => {
    assert.deepEqual(linked('Angka Stunting di TTS Turun\n\nPrevalensi di Kabupaten Timor Tengah Selatan turun. Program di TTS didampingi UNICEF.'), [
      'TTS/GPE/Kabupaten Timor Tengah Selatan', 'Kabupaten Timor Tengah Selatan/GPE/Kabupaten Timor Tengah Selatan',
      'TTS/GPE/Kabupaten Timor Tengah Selatan', 'UNICEF/ORG/UNICEF',
    ]);
  });
  it('only unknown mentions, only regions of three words or more', () => {
    const m = [mention('Hulu Sungai Tengah', 'GPE', 'Kabupaten Hulu Sungai Tengah'), mention('HST', 'ORG'), mention('Jawa Barat', 'GPE'), mention('JB', 'ORG'), mention('HST', 'ORG')];
    // each acronym as a dateline, its line's first word
    regionAcronyms(m, (k) => k !== 4, 'HST, ');
    assert.deepEqual(m.map((x) => `${x.text}/${x.type}/${x.canonical}`), [
      'Hulu Sungai Tengah/GPE/Kabupaten Hulu Sungai Tengah', 'HST/GPE/Kabupaten Hulu Sungai Tengah', 'Jawa Barat/GPE/Jawa Barat', 'JB/ORG/JB', 'HST/ORG/HST',
    ]);
  });
  it('an acronym with no region of its initials in the article stays as found', () => {
    assert.deepEqual(linked('Ketua KTS Budi Santoso hadir di Kupang.').filter((a) => a.startsWith('KTS')), ['KTS/ORG/KTS']);
  });
  it('an acronym after a title of a body stays that body; a place word or a dateline makes it the region (fixB37)', () => {
    const text = 'Bupati Hulu Sungai Tengah Rahmat Saleh hadir. Ketua HST Ahmad Yani mengatakan dana cukup. Warga di HST senang.';
    assert.deepEqual(linked(text).filter((a) => a.startsWith('HST')), ['HST/ORG/HST', 'HST/GPE/Kabupaten Hulu Sungai Tengah']);
    const m = [mention('Tanah Bumbu Hilir', 'GPE', 'Kabupaten Tanah Bumbu Hilir'), mention('TBH', 'ORG'), mention('TBH', 'ORG')];
    const t = 'Tanah Bumbu Hilir. Manajer TBH hadir di TBH.';
    m[0].start = 0; m[0].end = 17;
    m[1].start = t.indexOf('TBH'); m[1].end = m[1].start + 3;
    m[2].start = t.lastIndexOf('TBH'); m[2].end = m[2].start + 3;
    regionAcronyms(m, () => true, t);
    assert.deepEqual(m.map((x) => `${x.type}/${x.canonical}`), ['GPE/Kabupaten Tanah Bumbu Hilir', 'ORG/TBH', 'GPE/Kabupaten Tanah Bumbu Hilir']);
  });
  it('of two regions with the same initials, the one named last wins, however often each is named', () => {
    const m = [mention('Tanah Bumbu Hilir', 'GPE', 'Kabupaten Tanah Bumbu Hilir'), mention('Teluk Bintan Hulu', 'GPE', 'Kabupaten Teluk Bintan Hulu'),
      mention('Tanah Bumbu Hilir', 'GPE', 'Kabupaten Tanah Bumbu Hilir'), mention('TBH', 'ORG')];
    regionAcronyms(m, (k) => k === 3, 'TBH, ');
    assert.equal(m[3].canonical, 'Kabupaten Tanah Bumbu Hilir');
  });
  it('an acronym the article defines as a term stays dropped, even where its region\'s initials match (fix51b)', () => {
    const text = 'Bupati Hulu Sungai Tengah meninjau pasar. Pedagang diminta tidak menjual di atas harga satuan tertinggi (HST) di HST.';
    assert.deepEqual(linked(text).filter((a) => a.startsWith('HST')), []);
  });
});
