// Session 51 (actors51): in a Title Case headline only KB names and a few short heads of
// regional bodies are read, so a police office with its region ("Polres Wonosobo") gave the
// region alone, and a body the article names with its region, written in the headline by its
// acronym and the region ("BPSK Surabaya"), gave the acronym and the place. A regional office's
// head before a region is the office (rules/headline-regional-body.ts, named by its full title
// as in the body text); an organisation the headline repeats from the body, right before the
// place its identity ends in, is named with it (link.ts, headline-body-region.ts). Own
// invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const inHeadline = (t: string) => {
  const nl = t.indexOf('\n');
  return analyze(t).actors.filter((a) => a.end <= nl).map((a) => `${a.text}/${a.type}/${a.canonical}`);
};

describe('actors51: a regional body with its region in a headline', () => {
  it('reads a police office before its region', () => {
    assert.deepEqual(inHeadline('Harga Cabai Naik, Polres Wonosobo Gelar Operasi Pasar\n\nWONOSOBO - Polisi menggelar operasi pasar di Pasar Induk.'), [
      'Polres Wonosobo/ORG/Kepolisian Resor Wonosobo']);
    assert.deepEqual(inHeadline('Polda Sulsel Bongkar Gudang Kosmetik Ilegal\n\nMAKASSAR - Polisi menyita ribuan krim.'), [
      'Polda Sulsel/ORG/Kepolisian Daerah Sulawesi Selatan']);
  });
  it('names the body the headline repeats with the region its identity ends in', () => {
    const t = 'BPSK Surabaya Menangkan Konsumen Kulkas\n\nSURABAYA - Badan Penyelesaian Sengketa Konsumen (BPSK) Kota Surabaya memerintahkan toko mengganti kulkas rusak.';
    assert.deepEqual(inHeadline(t), ['BPSK Surabaya/ORG/Badan Penyelesaian Sengketa Konsumen Kota Surabaya']);
  });
  it('keeps the headline\'s statement the holder\'s the body names after the bracket and the region', () => {
    const t = 'Ketua HKTI Kediri: Harga Gabah Anjlok Sepekan Terakhir\n\nKEDIRI - Ketua Himpunan Kerukunan Tani Indonesia (HKTI) Kediri, Bambang Sutejo, mengatakan harga gabah di tingkat petani turun tajam.';
    const r = analyze(t);
    assert.deepEqual(r.actors.filter((a) => a.end <= t.indexOf(':')).map((a) => a.text), ['HKTI Kediri']);
    assert.deepEqual((r.reported ?? []).filter((s) => s.start < t.indexOf('\n')).map((s) => `${t.slice(s.start, s.end)}/${s.speaker}`), [
      'Harga Gabah Anjlok Sepekan Terakhir/Bambang Sutejo']);
  });
  it('(guard) a place that is not the body\'s stays a place', () => {
    const t = 'BPSK Sidoarjo Tolak Aduan Warga\n\nSIDOARJO - Badan Penyelesaian Sengketa Konsumen (BPSK) Kota Surabaya menolak aduan itu.';
    assert.deepEqual(inHeadline(t), ['BPSK/ORG/Badan Penyelesaian Sengketa Konsumen Kota Surabaya', 'Sidoarjo/GPE/Kabupaten Sidoarjo']);
    assert.deepEqual(inHeadline('Polres Turun Tangan, Warga Wonosobo Lega\n\nWONOSOBO - Polisi datang.'), ['Wonosobo/GPE/Kabupaten Wonosobo']);
  });
});
