// Issue 13: actor errors that carried into speakers in the dev batch d127–d134 (own
// sentences): an unknown first name before a known person's given name, and a trial's
// role nouns ("Terdakwa", "Saksi") opening a sentence before a name.
import assert from 'node:assert/strict';
import { aliasIsGivenName, givenNameShape } from '../../../src/core/recognize/actors/given-name-alias';
import type { KbMatch } from '../../../src/core/kb/kb-index';
import { KbIndex } from '../../../src/core/kb/kb-index';
import { analyze } from '../../../src/core/recognize/analyze';
import { actorsWithTestKb, runWithTestKb } from './helpers';
import { TEST_ENTITIES } from './test-kb';

const speakers = (text: string): (string | null)[] => runWithTestKb(text).quotes.map((q) => q.speaker);
// The test KB with a person known by his given name alone ("Anwar").
const withAnwar = new KbIndex({ entities: [...TEST_ENTITIES, {
  id: 'anwar-ibrahim', canonical: 'Anwar Ibrahim', type: 'PER', aliases: ['Anwar Ibrahim', 'Anwar'], description: { en: '', id: '' },
}], suppress: [] });

describe('actor errors that carry into speakers (issue 13)', () => {
  it('"Hairil Anwar" is another person than "Anwar Ibrahim"; "Dmitri Peskov" still Dmitry Peskov', () => {
    const t = 'Kepala dinas itu, Hairil Anwar, mengaku pihaknya kewalahan. "Petugas kami menginap di desa," tuturnya.';
    assert.deepEqual(analyze(t, { kb: withAnwar }).quotes.map((q) => q.speaker), ['Hairil Anwar']);
    const peskov = analyze('Juru bicara Kremlin Dmitri Peskov mengatakan hal itu.', { kb: withAnwar }).actors.map((a) => `${a.text}/${a.canonical}`);
    assert.ok(peskov.includes('Dmitri Peskov/Dmitry Peskov'));
  });

  it('a known given name keeps its person after a title qualifier, at a sentence start, or after a word not shaped as a name', () => {
    const people = (t: string) => analyze(t, { kb: withAnwar }).actors.filter((a) => a.type === 'PER').map((a) => `${a.text}/${a.canonical}`);
    assert.deepEqual(people('Kata Anwar, ekonomi tumbuh.'), ['Anwar/Anwar Ibrahim']);
    assert.deepEqual(people('Menurut Perdana Menteri Terpilih Anwar, ekonomi tumbuh.'), ['Anwar/Anwar Ibrahim']);
    assert.equal(givenNameShape('Hairil', 0, 6), true);
    assert.equal(givenNameShape('UKata', 0, 5), false);
    assert.equal(givenNameShape('DPR', 0, 3), false);
  });

  it('aliasIsGivenName: a one-word alias opening the canonical name of a person', () => {
    const match = (alias: string, canonical: string, type = 'PER'): KbMatch =>
      ({ start: 0, end: alias.length, alias, kind: 'alias', entity: { canonical, type } } as unknown as KbMatch);
    assert.equal(aliasIsGivenName(match('Anwar', 'Anwar Ibrahim'), 5), true);
    assert.equal(aliasIsGivenName(match('Peskov', 'Dmitry Peskov'), 6), false);
    assert.equal(aliasIsGivenName(match('Sugiono', 'Sugiono'), 7), false);
    assert.equal(aliasIsGivenName(match('Jakarta', 'Jakarta Raya', 'GPE'), 7), false);
  });

  it('"Terdakwa Tumpal, yang …, diberi kesempatan. Ia membantah": the role noun stays outside the name, the defendant speaks', () => {
    const t = 'Kuasa hukum terdakwa, Marolop Hutapea, menilai saksi ikut bertanggung jawab.\n' +
      'Terdakwa Tumpal Sinaga, yang memakai baju tahanan, diberi kesempatan berbicara. Ia membantah pernah menyuruh pemindahan dana itu. "Itu tidak benar, Yang Mulia," katanya.';
    assert.deepEqual(speakers(t), ['Tumpal Sinaga']);
    assert.ok(actorsWithTestKb('Saksi Rosmawati Damanik menangis di ruang sidang.').includes('Rosmawati Damanik/PER/Rosmawati Damanik'));
  });

  it('"Kepala Riset PT Cakrawala Sekuritas Indonesia Hendrik Wiratama memperkirakan": the company ends at the country after its tail word', () => {
    // (the test KB's Indonesia, described as a country as data/kb describes it)
    const kb = new KbIndex({ entities: [...TEST_ENTITIES.filter((e) => e.id !== 'indonesia'), {
      id: 'indonesia', canonical: 'Indonesia', type: 'GPE', aliases: ['Indonesia'], description: { en: 'Country in Southeast Asia', id: '' },
    }], suppress: [] });
    const r = analyze('Kepala Riset PT Cakrawala Sekuritas Indonesia Hendrik Wiratama memperkirakan permintaan naik. "Lokasinya tepat," ujar analis tersebut.', { kb });
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Hendrik Wiratama']);
    assert.ok(r.actors.some((a) => a.text === 'PT Cakrawala Sekuritas Indonesia' && a.type === 'ORG'));
  });

  it('"Salah satu pengungsi, Sutinah (58), mengaku …": one word before an age in brackets is a person who speaks', () => {
    const t = 'Kepala Dinas Sosial Hasyim Mubarok mengakui dapur umum terlambat.\n' +
      'Salah satu pengungsi di balai desa, Sutinah (58), mengaku sudah tiga kali mengungsi. "Capek, Mas," tutur nenek empat cucu itu.';
    assert.ok(actorsWithTestKb(t).includes('Sutinah/PER/Sutinah'));
    assert.deepEqual(speakers(t), ['Sutinah']);
  });

  it('"Arif Rahman Hakim menduga …": a title word after two words of a name and before a lower-case word ends the name', () => {
    const t = 'Dari Fraksi Partai Gerindra, Arif Rahman Hakim menduga iuran akan naik. "Jawab ya atau tidak, Pak Dirut," katanya.';
    assert.ok(actorsWithTestKb(t).includes('Arif Rahman Hakim/PER/Arif Rahman Hakim'));
    assert.deepEqual(speakers(t), ['Arif Rahman Hakim']);
    assert.ok(actorsWithTestKb('Ketua majelis Hakim Ferdinand Simanjuntak menunda sidang.').includes('Ferdinand Simanjuntak/PER/Ferdinand Simanjuntak'));
  });
});

