import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule team-name', () => {
  it('"Timnas" with a country and an age group is one team', () => {
    const p = 'Ia memperkuat Timnas Indonesia U-23 musim ini.';
    assert.ok(steps(p).some((s) => s.startsWith('team-name: Timnas Indonesia')));
    assert.deepEqual(mentions(p), ['Timnas Indonesia U-23/ORG']);
  });
  it('a country with an age group is a team; without it a place', () => {
    assert.deepEqual(mentions('Lawan berikutnya Prancis U-21, bukan Prancis.'), ['Prancis U-21/ORG', 'Prancis/GPE']);
  });
  it('"Timnas" with another sport than football ("Timnas Futsal Indonesia", "Timnas Basket") is that sport\'s national team', async () => {
    const { analyze } = await import('../../../../src/core/recognize/analyze');
    const linked = (t: string) => analyze(t).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
    assert.deepEqual(linked('Pelatih Timnas Futsal Indonesia Javier Rodríguez Marín hadir.'), [
      'Timnas Futsal Indonesia/ORG/Tim nasional futsal Indonesia', 'Javier Rodríguez Marín/PER/Javier Rodríguez Marín',
    ]);
    assert.deepEqual(linked('Ia dipanggil ke Timnas Basket untuk kualifikasi.'), ['Timnas Basket/ORG/Tim nasional bola basket Indonesia']);
  });
});
