// actors/regional-newspaper.ts: "Radar" before a town the KB knows is the regional paper
// (issue 13's leftover "Radar <city> read as a place"), also as a domain.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('regional-newspaper (Radar Depok, RADARBOGOR.ID)', () => {
  it('"Radar" and a known town are one outlet, named "Radar" and the town (d157)', () => {
    assert.deepEqual(linked('Protes serupa terjadi di Bekasi, seperti dilaporkan Radar Depok.'), ['Bekasi/GPE/Bekasi', 'Radar Depok/ORG/Radar Depok']);
    assert.deepEqual(linked('Hal itu diberitakan RADAR BOGOR pekan lalu.'), ['RADAR BOGOR/ORG/Radar Bogor']);
  });
  it('the paper written as its domain in a dateline takes the same name (d157)', () => {
    assert.deepEqual(linked('BOGOR, RADARBOGOR.ID - Puluhan orang tua mendatangi kantor dinas.'), ['BOGOR/GPE/Bogor', 'RADARBOGOR.ID/ORG/Radar Bogor']);
  });
  it('the KB\'s papers keep their identity; "Radar" before no known town is left alone', () => {
    assert.deepEqual(linked('Ia berbicara kepada Radar Malang.'), ['Radar Malang/ORG/Radar Malang']);
    assert.deepEqual(linked('Petugas memasang radar cuaca baru di Batam.'), ['Batam/GPE/Batam']);
  });
  it('"Tribun" and "Pos" before a known town are the Kompas group\'s and the old regional dailies (d169, d174)', () => {
    assert.deepEqual(linked('SOE, Pos Kupang – Prevalensi stunting turun.'), ['SOE/GPE/Soe', 'Pos Kupang/ORG/Pos Kupang']);
    assert.deepEqual(linked('Hal itu dikatakannya kepada Tribun Pekanbaru, Rabu.'), ['Tribun Pekanbaru/ORG/Tribun Pekanbaru']);
  });
  it('a Tribun paper written as its domain, in capitals or lower case, takes the same name (d169)', () => {
    assert.deepEqual(linked('PEKANBARU, tribunpekanbaru.com - Seorang pekerja tewas.'), ['PEKANBARU/GPE/Pekanbaru', 'tribunpekanbaru.com/ORG/Tribun Pekanbaru']);
    assert.deepEqual(linked('Ia mengatakan kepada Tribunpekanbaru.com, Rabu.'), ['Tribunpekanbaru.com/ORG/Tribun Pekanbaru']);
    // a domain of no known town is left as the KB left it
    assert.deepEqual(linked('Menurut tribunzzqx.com, harga naik.'), []);
  });
  it('Solopos, named as one word, is the KB\'s paper in a dateline in any case, not "Solo Pos" (dev d186, d240, d270, d285)', () => {
    assert.deepEqual(linked('KARANGANYAR, SOLOPOS.COM - Harga kain naik.'), ['KARANGANYAR/GPE/Kabupaten Karanganyar', 'SOLOPOS.COM/ORG/Solopos']);
    assert.deepEqual(linked('KLATEN, solopos.com - Harga kain naik.'), ['KLATEN/GPE/Kabupaten Klaten', 'solopos.com/ORG/Solopos']);
  });
  it('outlets written as their domain in capitals in a dateline take the KB\'s name (dev d279, d282, d322)', () => {
    assert.deepEqual(linked('LHOKSEUMAWE, SERAMBINEWS.COM - Hujan deras turun.'), ['LHOKSEUMAWE/GPE/Lhokseumawe', 'SERAMBINEWS.COM/ORG/Serambinews.com']);
    assert.deepEqual(linked('BOLASPORT.COM - Tim tamu menang tipis.'), ['BOLASPORT.COM/ORG/BolaSport.com']);
  });
  it('"Pos" before a town is a paper only where the text cites an outlet (fixB37)', () => {
    assert.deepEqual(linked('Kantor Pos Kupang ditutup sementara.').filter((a) => a.includes('/Pos Kupang')), []);
    assert.deepEqual(linked('Paket itu dikirim lewat Pos Indonesia.'), ['Pos Indonesia/ORG/PT Pos Indonesia (Persero)']);
    assert.deepEqual(linked('Pos Kupang ditutup sementara karena banjir.').filter((a) => a.includes('Pos Kupang/ORG')), []);
    assert.deepEqual(linked('Hal itu dikatakannya kepada Pos Kupang, Rabu.'), ['Pos Kupang/ORG/Pos Kupang']);
    assert.deepEqual(linked('Seperti dikutip dari harian Pos Kupang, harga naik.'), ['Pos Kupang/ORG/Pos Kupang']);
  });
  it('a domain of a town or region and "post"/"pos" is that paper, named as two words (d218, d229, d245, d254)', () => {
    assert.deepEqual(linked('SAMPIT, KALTENGPOS.CO - Banjir merendam dua desa.').slice(-1), ['KALTENGPOS.CO/ORG/Kalteng Pos']);
    assert.deepEqual(linked('TIDORE, malutpost.id — Harga cengkih turun.').slice(-1), ['malutpost.id/ORG/Malut Post']);
    assert.deepEqual(linked('MARTAPURA, BANJARMASINPOST.CO.ID - Pasar terapung sepi.').slice(-1), ['BANJARMASINPOST.CO.ID/ORG/Banjarmasin Post']);
    assert.deepEqual(linked('SAMARINDA (Kaltimpost) — Jembatan itu ditutup.').slice(-1), ['Kaltimpost/ORG/Kaltim Post']);
  });
  it('a Tribun paper\'s domain ending in ".co.id" mid-line, as in a reporter\'s credit, is named too (d235)', () => {
    assert.deepEqual(linked('Laporan Wartawan Tribunmanado.co.id, Yohana Rumengan').slice(0, 1), ['Tribunmanado.co.id/ORG/Tribun Manado']);
    // Was a person: a capitalised domain was an outlet only for ".com" and ".net".
    assert.deepEqual(linked('Ia berbicara kepada Tribunmanado.co.id, Rabu.'), ['Tribunmanado.co.id/ORG/Tribun Manado']);
  });
  it('"Harian" before a known region is a daily where the text cites an outlet, like "Pos" (d244)', () => {
    assert.deepEqual(linked('Laporan wartawan Harian Kalbar, Yuliana Siregar').slice(0, 1), ['Harian Kalbar/ORG/Harian Kalbar']);
    assert.deepEqual(linked('Hal itu dikatakannya kepada Harian Jambi, Rabu.'), ['Harian Jambi/ORG/Harian Jambi']);
    // "Harian" without a cue is left as before (a daily schedule, a column heading).
    assert.deepEqual(linked('Harian Jambi ditutup karena libur.').filter((a) => a.includes('Harian Jambi/ORG')), []);
  });
  it('"Suara" and a known town are the outlet where the text cites one, also as a domain (dev d267)', () => {
    assert.deepEqual(linked('Ia menjelaskan hal itu dalam wawancara dengan Suara Malang, Senin.'), ['Suara Malang/ORG/Suara Malang']);
    assert.deepEqual(linked('MALANG, suaramalang.id - Banjir merendam dua desa.'), ['MALANG/GPE/Malang', 'suaramalang.id/ORG/Suara Malang']);
    // the town's vote is no outlet
    assert.deepEqual(linked('Suara Malang terbelah dalam pemilihan itu.').filter((a) => a.includes('/ORG/')), []);
  });
  it('"Radio" before a country is its broadcaster, not "Radio" and the country (dev d261)', () => {
    assert.deepEqual(linked('Radio New Zealand melaporkan kapal itu ditahan.').map((a) => a.split('/').slice(0, 2).join('/')), ['Radio New Zealand/ORG']);
  });
  it('"Radio" before a country is a broadcaster only where the text cites an outlet; its name runs over a capitalised word after', () => {
    const types = (t: string) => linked(t).map((a) => a.split('/').slice(0, 2).join('/'));
    assert.deepEqual(types('Radio Indonesia kini sudah jarang didengar warga desa.').filter((a) => a.endsWith('/ORG')), []);
    assert.deepEqual(types('Hal itu dilaporkan Radio France Internationale, Senin.'), ['Radio France Internationale/ORG']);
    assert.deepEqual(types('Radio France Internationale melaporkan kapal itu ditahan.'), ['Radio France Internationale/ORG']);
    assert.deepEqual(types('Hal itu dilaporkan Radio France Senin lalu.'), ['Radio France/ORG']);
  });
});
