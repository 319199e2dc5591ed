// speakers49b item 1: an unnamed source described with a place ("Seorang pemandu wisata asal
// Wamena", "Seorang pejabat kementerian di Paris yang tidak mau disebut namanya") has no
// named speaker (the spec), never the place in the description: "asal X" before a reporting
// verb names where the source is from (unknown-name.ts), and a fragment quoted after the
// verb is nobody's, as the statement is (attribution.ts verbBefore). Own sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { speakersWithBuiltinKb as quotes } from './helpers';

const statements = (t: string): (string | null)[] => (analyze(t).reported ?? []).map((s) => s.speaker);
const typeOf = (t: string, name: string): string | undefined => analyze(t).actors.find((a) => a.text === name)?.type;

describe('an unnamed source described with a place speaks unnamed', () => {
  it('reads "asal Wamena" before "mengatakan" as a place, and the "katanya" after as nobody\'s', () => {
    const t = 'Festival lembah tahun ini sepi. Seorang pemandu wisata asal Wamena mengatakan ia kehilangan separuh tamunya. "Biasanya saya bawa 20 orang, tahun ini enam," katanya.';
    assert.equal(typeOf(t, 'Wamena'), 'GPE');
    assert.deepEqual(quotes(t), [null]);
    assert.deepEqual(statements(t), []);
  });

  it('gives a fragment after "Seorang diplomat di Berlin yang tidak mau disebut namanya menyebut" to nobody', () => {
    const t = 'Jerman menampik gagasan itu. Seorang diplomat di Berlin yang tidak mau disebut namanya menyebut perjanjian itu "mustahil" diteken musim ini.';
    assert.deepEqual(quotes(t), [null]);
  });

  it('keeps a person named in apposition after the described source', () => {
    const t = 'Seorang pemandu wisata asal Wamena, Yulius Wetipo, mengatakan tamunya berkurang. "Biasanya saya bawa 20 orang," katanya.';
    assert.deepEqual(quotes(t), ['Yulius Wetipo']);
  });

  it('keeps a named subject whose fragment follows the verb', () => {
    const t = 'Menteri Luar Negeri Prancis, Claire Duvalier, di Paris mengatakan kesepakatan itu "tidak mungkin" tercapai tahun ini.';
    assert.deepEqual(quotes(t), ['Claire Duvalier']);
  });

  it('keeps a country spokesperson\'s place ("juru bicara pemerintah Jepang mengatakan") as before', () => {
    const t = 'Juru bicara pemerintah Jepang mengatakan rencana itu "belum final" hingga pekan depan.';
    assert.deepEqual(quotes(t), ['Japan']);
  });

  it('keeps "asal" meaning "as long as" before a two-word name', () => {
    const t = 'Dana desa cair asal Rahmat Hidayat mengatakan laporan sudah lengkap.';
    assert.equal(typeOf(t, 'Rahmat Hidayat'), 'PER');
  });
});
