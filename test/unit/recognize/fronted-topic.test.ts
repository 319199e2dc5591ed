// speakers49b item 2: a name inside a fronted topic ("Soal kartu merah Reza, …", "Mengenai
// kritik Suharto, …") takes no turn; the subject after the comma does. Own sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { speakersWithBuiltinKb as quotes } from './helpers';
import { frontedTopicComma } from '../../../src/core/recognize/fronted-topic';

const LEAD = 'Pelatih Garuda Muda, Suharto Ginting, memuji anak asuhnya. Gelandang Reza Pahlevi Nasution diusir wasit pada menit ke-60.\n\n';

describe('a name inside a fronted topic takes no turn (fronted-topic.ts)', () => {
  it('gives the "ujarnya" after "Soal kartu merah Reza, pelatih berumur 61 tahun itu …" to the coach', () => {
    const t = LEAD + '"Saya bangga dengan mental mereka," kata Suharto.\n\nSoal kartu merah Reza, pelatih berumur 61 tahun itu tidak mau menuding pengadil. "Tekel keduanya memang keras. Reza kurang sabar," ujarnya.';
    assert.deepEqual(quotes(t), ['Suharto Ginting', 'Suharto Ginting']);
  });

  it('gives the "ujarnya" after a topic naming someone to the speaker before ("Tentang Reza, ia …")', () => {
    const t = LEAD + '"Saya bangga dengan mental mereka," kata Suharto.\n\nTentang Reza, ia enggan menyalahkan wasit. "Pelanggaran kedua memang ada," ujarnya.';
    assert.deepEqual(quotes(t), ['Suharto Ginting', 'Suharto Ginting']);
  });

  it('gives the "ujarnya" after "Mengenai kritik Suharto, Reza …" to Reza', () => {
    const t = LEAD + 'Mengenai kritik Suharto, Reza enggan berkomentar panjang. "Saya terima," ujarnya.';
    assert.deepEqual(quotes(t), ['Reza Pahlevi Nasution']);
  });

  it('keeps a name after the topic\'s comma ("Terkait kartu merah Reza, Suharto …")', () => {
    const t = LEAD + 'Terkait kartu merah Reza, Suharto enggan menyalahkan wasit. "Pelanggaran kedua memang ada," ujarnya.';
    assert.deepEqual(quotes(t), ['Suharto Ginting']);
  });

  it('keeps a speaker whose topic follows the verb ("Reza mengaku kecewa soal kritik Suharto")', () => {
    const t = LEAD + 'Reza mengaku kecewa soal kritik Suharto. "Saya terima," ujarnya.';
    assert.deepEqual(quotes(t), ['Reza Pahlevi Nasution']);
  });

  it('keeps a subject before a comma after the verb ("Terkait laporan itu Budi mengatakan, …")', () => {
    const t = LEAD + '"Saya bangga," kata Suharto.\n\nTerkait laporan itu Reza mengatakan, pihaknya akan belajar. "Saya terima," ujarnya.';
    assert.deepEqual(quotes(t), ['Suharto Ginting', 'Reza Pahlevi Nasution']);
  });

  it('gives "Soal kartu merah Reza, pelatih itu mengatakan …" to the coach named before', () => {
    const t = 'Pelatih PSMS Medan, Suharto Ginting, memuji anak asuhnya. Gelandang Reza Pahlevi Nasution diusir wasit pada menit ke-60.\n\n"Saya bangga," kata Suharto.\n\n' +
      'Soal kartu merah Reza, pelatih itu mengatakan keputusan wasit sudah tepat. "Pelanggaran kedua memang ada," ujarnya.';
    assert.deepEqual((analyze(t).reported ?? []).map((s) => s.speaker), ['Suharto Ginting']);
    assert.deepEqual(quotes(t), ['Suharto Ginting', 'Suharto Ginting']);
  });

  it('reads a topic only at the sentence start and up to its comma', () => {
    assert.equal(frontedTopicComma('Soal kartu merah Reza, pelatih itu …', 0), 'Soal kartu merah Reza'.length);
    assert.equal(frontedTopicComma('Reza bicara soal kartu merah, lalu pergi.', 0), -1);
    assert.equal(frontedTopicComma('Soal itu sudah selesai. Reza, pemain muda, …', 0), -1);
    assert.equal(frontedTopicComma('Soalnya, pelatih itu …', 0), -1);
    assert.equal(frontedTopicComma('Terkait laporan itu Budi mengatakan, pihaknya akan memeriksa.', 0), -1);
  });
});
