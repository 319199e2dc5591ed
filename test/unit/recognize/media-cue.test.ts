// actors/media-cue.ts: a medium's noun right before an unknown name makes it an outlet.
import assert from 'node:assert/strict';
import { typedActors as linked } from './helpers';
import { mediaNounBefore } from '../../../src/core/recognize/actors/media-cue';

describe('media-cue (stasiun televisi Al-Manar)', () => {
  it('an unknown name after a medium\'s noun is an organisation (d140)', () => {
    assert.deepEqual(linked('Ia berbicara kepada stasiun televisi Al-Manar di Beirut.'), ['Al-Manar/ORG', 'Beirut/GPE']);
    assert.deepEqual(linked('Laporan itu dimuat harian Yomiuri Shimbun dan majalah Der Spiegel.'), ['Yomiuri Shimbun/ORG', 'Der Spiegel/ORG']);
  });
  it('"kabar" or "berita" alone say nothing of the name after them', () => {
    assert.deepEqual(linked('Ia mendengar kabar Budi Santoso sakit.'), ['Budi Santoso/PER']);
    assert.equal(mediaNounBefore('mendengar kabar Budi', 'mendengar kabar '.length), false);
    assert.equal(mediaNounBefore('surat kabar Le Monde', 'surat kabar '.length), true);
    assert.equal(mediaNounBefore('pemotretanharian X', 'pemotretanharian '.length), false);
  });
});
