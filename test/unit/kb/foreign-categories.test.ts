// Whole categories of foreign places and bodies Indonesian news names (issue 13, session 45):
// sub-national units (gpe-foreign-subdivisions.json) and national agencies
// (org-foreign-agencies.json). Every sentence was written for this test.
import assert from 'node:assert/strict';
import { BUILTIN_KB_FILES } from '../../../src/core/kb';
import { analyze } from '../../../src/core/recognize/analyze';
import { wordCollisions } from './word-collisions';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.canonical}`);

describe('foreign sub-national units and national agencies (built-in KB)', () => {
  it('names a Thai province by its English title, bare or with "Provinsi"', () => {
    assert.deepEqual(actors('Bentrokan terjadi di Pattani dan Provinsi Songkhla.'), ['Pattani/Pattani province', 'Provinsi Songkhla/Songkhla province']);
    assert.deepEqual(actors('Warga Buriram mengungsi ke Provinsi Sisaket.'), ['Buriram/Buriram province', 'Provinsi Sisaket/Sisaket province']);
  });

  it("names a federation's state, a Myanmar state and a PNG province by their English titles", () => {
    assert.deepEqual(actors('Banjir melanda Kano sejak Senin.'), ['Kano/Kano State']);
    assert.deepEqual(actors('Pengungsi dari Rakhine dan Kachin terus bertambah.'), ['Rakhine/Rakhine State', 'Kachin/Kachin State']);
    assert.deepEqual(actors('Longsor menimbun desa di Provinsi Sandaun.'), ['Provinsi Sandaun/Sandaun Province']);
    assert.deepEqual(actors('Pertempuran meluas ke Kordofan Utara.'), ['Kordofan Utara/North Kordofan']);
  });

  it('names a Japanese prefecture the KB knows by its English title, with or without "Prefektur"', () => {
    assert.deepEqual(actors('Gempa mengguncang Prefektur Fukushima dan Niigata.'), ['Prefektur Fukushima/Fukushima Prefecture', 'Niigata/Niigata Prefecture']);
  });

  it('links a foreign agency written in Indonesian and its acronym', () => {
    assert.deepEqual(actors('Majlis Ugama Islam Brunei (MUIB) mengeluarkan fatwa baru.'), [
      'Majlis Ugama Islam Brunei/Brunei Islamic Religious Council',
      'MUIB/Brunei Islamic Religious Council',
    ]);
    assert.deepEqual(actors('Biro Perikanan dan Sumber Daya Perairan Filipina menahan kapal itu.'), [
      'Biro Perikanan dan Sumber Daya Perairan Filipina/Bureau of Fisheries and Aquatic Resources',
    ]);
    assert.deepEqual(actors('Bank Sentral Jepang menahan suku bunga, Nasdaq ditutup melemah.'), ['Bank Sentral Jepang/Bank of Japan', 'Nasdaq/Nasdaq']);
  });

  it('links foreign outlets, universities, city police forces and chambers of commerce named in Indonesian', () => {
    assert.deepEqual(actors('Mahasiswa Universitas Prince of Songkla dan Universitas Zambia bertukar kunjungan.'), [
      'Universitas Prince of Songkla/Prince of Songkla University',
      'Universitas Zambia/University of Zambia',
    ]);
    assert.deepEqual(actors('Kepolisian Metropolitan Dhaka membubarkan aksi itu.'), ['Kepolisian Metropolitan Dhaka/Dhaka Metropolitan Police']);
    assert.deepEqual(actors('Kamar Dagang dan Industri Papua Nugini menyambut misi dagang itu.'), [
      'Kamar Dagang dan Industri Papua Nugini/Papua New Guinea Chamber of Commerce and Industry',
    ]);
    assert.ok(actors('Harian Daily Express dan Borneo Post melaporkan hal itu.').includes('Borneo Post/Borneo Post'));
  });

  it('leaves the Indonesian places that share a word alone ("Labuan Bajo", "Muslim Mindanao" in a region\'s name)', () => {
    assert.deepEqual(actors('Wisatawan tiba di Labuan Bajo pada Senin.'), ['Labuan Bajo/Labuan Bajo']);
    assert.ok(!actors('Ia tinggal di Darwin Street.').some((a) => a.startsWith('Darwin/')));
  });

  it('reads a company or club named after a place the KB knows as the company, not the place', () => {
    assert.deepEqual(actors('Pesawat Jeju Air mendarat darurat, sementara Cebu Pacific menunda penerbangan.'), ['Jeju Air/Jeju Air', 'Cebu Pacific/Cebu Pacific']);
    assert.deepEqual(actors('Melbourne Victory menahan imbang Brisbane Roar.'), ['Melbourne Victory/Melbourne Victory FC', 'Brisbane Roar/Brisbane Roar FC']);
  });

  it('gives no one-word alias that is a lexicon word, part of a KB person name, or a lower-case word of the texts', () => {
    const aliases: string[] = [];
    for (const name of ['gpe-foreign-subdivisions.json', 'org-foreign-agencies.json', 'org-foreign-companies.json']) {
      for (const e of BUILTIN_KB_FILES[name].entities) aliases.push(...(e.aliases ?? []));
    }
    // "GM" (General Motors) is also the chess title of the lexicon's honorifics, on purpose:
    // actors/rules/honorific.ts reads it as the rank only where a word says so ("norma GM").
    assert.deepEqual(wordCollisions(aliases).filter((c) => c !== 'GM: lexicon word'), []);
  });
});
