// Malaysian states and cities that Indonesian news names (migrant workers, the Borneo
// border, ASEAN meetings): places of the built-in KB. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const places = (text: string) => analyze(text).actors.filter((a) => a.type === 'GPE').map((a) => `${a.text}/${a.canonical}`);

describe('Malaysian places in the built-in KB', () => {
  it('states, capitals and border towns are places with their English titles', () => {
    assert.deepEqual(
      places('Dua pekerja asal Lombok ditahan di Johor, sementara truk dari Kuching dan Kota Kinabalu tertahan di Tawau.'),
      // (an island is no actor: Lombok is not listed)
      ['Johor/Johor', 'Kuching/Kuching', 'Kota Kinabalu/Kota Kinabalu', 'Tawau/Tawau'],
    );
    assert.deepEqual(places('Pertemuan digelar di Putrajaya dan Melaka.'), ['Putrajaya/Putrajaya', 'Melaka/Malacca']);
  });

  it('leaves Indonesian places and names that share a Malaysian name alone (Kuantan Singingi in Riau; Miri, Sibu)', () => {
    assert.ok(!places('Banjir melanda Kabupaten Kuantan Singingi, Riau.').some((p) => p.endsWith('/Kuantan')));
    // Sarawak's Miri and Sibu are left out of the KB: both are Indonesian given names.
    assert.deepEqual(places('"Kami menunggu," kata Miri Handayani kepada Ibu Sibu Rahayu.'), []);
  });
});
