import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';
import { spellOutRegionalAcronyms } from '../../../src/core/recognize/regional-acronym-body';
import type { ActorMention } from '../../../src/core/recognize/types';

const m = (text: string, type: ActorMention['type'], canonical = text): ActorMention => ({ start: 0, end: text.length, text, type, canonical });

describe('a body named by its defined acronym and its region (regional-acronym-body.ts)', () => {
  it('takes the full name the article spelt out, and so do its bare mentions (dev d324)', () => {
    const text = 'Dinas Pemberdayaan Masyarakat dan Desa (DPMD) menggelar rapat dengan kepala desa di Lebak. ' +
      'Kepala DPMD Lebak, Iwan Hadi, menjelaskan pencairan. Ia meminta DPMD membuka posko.';
    const body = 'Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lebak';
    assert.deepEqual(orgs(text), [
      `Dinas Pemberdayaan Masyarakat dan Desa/${body}`, `DPMD/${body}`, `DPMD Lebak/${body}`, `DPMD/${body}`,
    ]);
  });
  it('a region written short after the acronym (dev d309)', () => {
    const text = 'Gabungan Pengusaha Kelapa Sawit Indonesia (GAPKI) Kalimantan Barat menanggapi laporan itu. Ketua GAPKI Kalbar, Sumarsono Adi, menyatakan anggota patuh.';
    const body = 'Gabungan Pengusaha Kelapa Sawit Indonesia Kalimantan Barat';
    assert.deepEqual(orgs(text), [`Gabungan Pengusaha Kelapa Sawit Indonesia/${body}`, `GAPKI/${body}`, `GAPKI Kalbar/${body}`]);
  });
  it('leaves words after the acronym that are no region, bodies the KB found, and one-word definitions', () => {
    const written = new Map([['SMA', 'Sinar Mas Agro'], ['KPU', 'Komisi Pemilihan Umum'], ['BKD', 'BKD']]);
    const ms = [m('Bandung', 'GPE', 'Kota Bandung'), m('SMA Negeri 1 Bandung', 'ORG'), m('KPU Kota Bandung', 'ORG'), m('BKD Kota Bandung', 'ORG')];
    spellOutRegionalAcronyms(ms, written, (k) => k !== 2);
    assert.deepEqual(ms.map((x) => x.canonical), ['Kota Bandung', 'SMA Negeri 1 Bandung', 'KPU Kota Bandung', 'BKD Kota Bandung']);
  });
});
