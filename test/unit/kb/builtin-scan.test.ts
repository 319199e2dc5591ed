import assert from 'node:assert/strict';
import { KbIndex, loadBuiltinKb } from '../../../src/core/kb';

// Sentences written for this test in the style of the genre (not taken from any article).
describe('KbIndex on the built-in KB', () => {
  const index = new KbIndex(loadBuiltinKb());
  const found = (text: string) => index.scan(text).map((m) => `${text.slice(m.start, m.end)}=${m.entity.canonical}`);

  it('has no alias claimed by two built-in entities', () => {
    assert.deepEqual(index.collisions, []);
  });

  it('links the canonical identities the annotation spec names', () => {
    const cases: [string, string][] = [
      ['Peskov', 'Dmitry Peskov'], ['Dmitri S. Peskov', 'Dmitry Peskov'], ['Kiev', 'Kyiv'],
      ['AS', 'United States'], ['Amerika Serikat', 'United States'], ['Moskow', 'Moscow'],
      ['Washington', 'Washington, D.C.'], ['PBB', 'United Nations'], ['Gedung Putih', 'White House'],
      ['Zelensky', 'Volodymyr Zelenskyy'], ['Jokowi', 'Joko Widodo'], ['Kemlu', 'Kementerian Luar Negeri Republik Indonesia'],
      ['DPR', 'Dewan Perwakilan Rakyat'], ['Eropa', 'Europe'], ['UE', 'European Union'], ['Krimea', 'Crimea'],
      ['Tiongkok', 'China'], ['Inggris', 'United Kingdom'], ['Tepi Barat', 'West Bank'],
    ];
    for (const [surface, canonical] of cases) assert.equal(index.lookup(surface)?.canonical, canonical, surface);
    assert.equal(index.lookup('Barat'), undefined, '"Barat" (the West) is not an actor');
    assert.equal(index.lookup('Timur Tengah'), undefined, 'pure regions are not actors');
  });

  it('takes maximal organisation names and splits pairs', () => {
    const text = 'Washington (ANTARA) - Badan Intelijen Luar Negeri Rusia (SVR) menuding Pakta Pertahanan ' +
      'Atlantik Utara (NATO), kata juru bicara Kremlin, Dmitri S. Peskov, soal perang Rusia-Ukraina.';
    assert.deepEqual(found(text), [
      'Washington=Washington, D.C.',
      'ANTARA=Lembaga Kantor Berita Nasional Antara',
      'Badan Intelijen Luar Negeri Rusia=Foreign Intelligence Service (Russia)',
      'SVR=Foreign Intelligence Service (Russia)',
      'Pakta Pertahanan Atlantik Utara=NATO',
      'NATO=NATO',
      'Kremlin=Kremlin',
      'Dmitri S. Peskov=Dmitry Peskov',
      'Rusia=Russia',
      'Ukraina=Ukraine',
    ]);
  });

  it('does not take "Amerika" out of "Amerika Latin" or an all-caps headline apart', () => {
    assert.deepEqual(found('Negara Amerika Latin menolak, sementara AS diam.'), ['AS=United States']);
    assert.deepEqual(found('PUTIN DAN XI BERTEMU DI MOSKOW'), [
      'PUTIN=Vladimir Putin', 'XI=Xi Jinping', 'MOSKOW=Moscow',
    ]);
  });
});
