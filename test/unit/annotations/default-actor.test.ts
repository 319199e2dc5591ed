// The actor the claimant / holder / source steps start on (issue 11: 4): the speaker of
// the selected words, not the article's most-mentioned actor.
import assert from 'node:assert/strict';
import { defaultActor, defaultActors } from '../../../src/core/annotations/default-actor';
import { isNarration } from '../../../src/core/annotations/narration';
import { analyze } from '../../../src/core/recognize/analyze';
import { REPORTING_PASSIVES, SPEAKER_PASSIVES } from '../../../src/core/recognize/reported/cues';
import type { AnalysisResult } from '../../../src/core/recognize/types';

// Sri Mulyani is named twice, Puan Maharani once: the most-mentioned actor is the wrong
// default for every sentence but Sri Mulyani's own.
const TEXT =
  'Ketua DPR Puan Maharani menilai anggaran itu terlalu besar. Sementara itu, Menteri Keuangan Sri Mulyani ' +
  'mengatakan defisit tetap aman. "Kami menjaga disiplin fiskal," kata Sri Mulyani.\n' +
  'Anggaran pertahanan naik sepuluh persen tahun depan.\n' +
  'Presiden Prabowo Subianto menegaskan program makan bergizi berlanjut.';

let analysed: AnalysisResult | undefined;
const textAnalysis = (): AnalysisResult => (analysed ??= analyze(TEXT));

function around(needle: string): [number, number] {
  const start = TEXT.indexOf(needle);
  assert.ok(start >= 0, needle);
  return [start, start + needle.length];
}

describe('default actor of a selection (issue 11: 4)', () => {
  const analysis = analyze(TEXT);

  it('is the speaker of a recognised quote the selection is, contains or lies in', () => {
    for (const needle of ['"Kami menjaga disiplin fiskal,"', 'menjaga disiplin', 'defisit tetap aman. "Kami menjaga disiplin fiskal," kata']) {
      const [s, e] = around(needle);
      const d = defaultActor(TEXT, s, e, analysis);
      assert.deepEqual(d, { label: 'Sri Mulyani Indrawati', id: 'sri-mulyani-indrawati', type: 'PER', reason: 'quote' }, needle);
    }
  });

  it('is otherwise the nearest actor before the selection in its paragraph, not the most mentioned', () => {
    const [s, e] = around('anggaran itu terlalu besar');
    // "menilai …" is a reported statement of hers: the recognizer names the speaker.
    assert.deepEqual(defaultActor(TEXT, s, e, analysis), { label: 'Puan Maharani', id: 'puan-maharani', type: 'PER', reason: 'statement' });
    const [s2, e2] = around('defisit tetap aman');
    assert.equal(defaultActor(TEXT, s2, e2, analysis)?.label, 'Sri Mulyani Indrawati');
  });

  it('counts an actor the selection starts with as its subject', () => {
    const [s, e] = around('Puan Maharani menilai anggaran itu terlalu besar.');
    assert.equal(defaultActor(TEXT, s, e, analysis)?.label, 'Puan Maharani');
    const [s2, e2] = around('Presiden Prabowo Subianto menegaskan program makan bergizi berlanjut.');
    assert.deepEqual(defaultActor(TEXT, s2, e2, analysis), { label: 'Prabowo Subianto', id: 'prabowo-subianto', type: 'PER', reason: 'statement' });
    // No statement and no actor before it: the first actor named inside.
    const plain = 'Warga menyambut Presiden Prabowo Subianto di alun-alun.';
    assert.deepEqual(defaultActor(plain, 0, plain.length, analyze(plain)), { label: 'Prabowo Subianto', id: 'prabowo-subianto', type: 'PER', reason: 'inside' });
  });

  it('is the agent the selection names after "oleh", "menurut" or "kata", not the actor named before it', () => {
    // Newcomer run (session 41): the source step of "dicatat oleh Macron" started on Peskov.
    const text = 'Dmitry Peskov menolak usul itu. Usul tersebut pertama kali dicatat oleh Emmanuel Macron dalam pidatonya.';
    const r = analyze(text);
    const s = text.indexOf('pertama kali');
    const e = text.indexOf(' dalam');
    assert.deepEqual(defaultActor(text, s, e, r), { label: 'Emmanuel Macron', id: 'emmanuel-macron', type: 'PER', reason: 'agent' });
    // An actor merely named inside (not after an agent word) still loses to the one before.
    const other = 'Dmitry Peskov menolak usul itu. Usul tersebut menyinggung Emmanuel Macron dalam pidatonya.';
    const s2 = other.indexOf('Usul tersebut');
    assert.equal(defaultActor(other, s2, other.indexOf(' dalam'), analyze(other))?.reason, 'preceding');
    // Not a place after "dari", not any passive's agent, and never over the sentence's subject.
    const trade = 'Menteri Perdagangan Budi Santoso menolak tambahan impor beras dari Thailand tahun ini.';
    assert.notEqual(defaultActor(trade, 0, trade.length, analyze(trade))?.label, 'Thailand');
    const kidnap = 'Pemerintah memantau nasib WNI yang diculik oleh Abu Sayyaf di Sulu.';
    const k0 = kidnap.indexOf('nasib');
    assert.notEqual(defaultActor(kidnap, k0, kidnap.indexOf(' di Sulu'), analyze(kidnap))?.reason, 'agent');
    const opened = 'Dmitry Peskov menyebut usul itu dicatat oleh Emmanuel Macron.';
    assert.equal(defaultActor(opened, 0, opened.length, analyze(opened))?.label, 'Dmitry Peskov');
  });

  it('says an actor the selection starts with is named where it begins, not before it', () => {
    // Newcomer run: the picker called the selection's first word "named just before" it.
    const text = 'Pemerintah Kota Bogor menilai banjir itu akibat drainase yang tersumbat.';
    const result: AnalysisResult = {
      actors: [{ start: 0, end: 21, text: 'Pemerintah Kota Bogor', type: 'ORG', canonical: 'Pemerintah Kota Bogor' }],
      quotes: [],
    };
    assert.deepEqual(defaultActor(text, 0, text.length, result), { label: 'Pemerintah Kota Bogor', type: 'ORG', reason: 'opening' });
    const after = text.indexOf('banjir');
    assert.deepEqual(defaultActor(text, after, text.length, result), { label: 'Pemerintah Kota Bogor', type: 'ORG', reason: 'preceding' });
    // Newcomer run (session 46): selecting the surname of a named person called the
    // person "named just before the selected words".
    const bogor = text.indexOf('Bogor');
    assert.deepEqual(defaultActor(text, bogor, bogor + 'Bogor'.length, result), { label: 'Pemerintah Kota Bogor', type: 'ORG', reason: 'opening' });
  });

  it('does not reach into an earlier paragraph, and is none when no actor is near', () => {
    const [s, e] = around('naik sepuluh persen');
    assert.equal(defaultActor(TEXT, s, e, analysis), undefined);
  });

  it('counts a preceding quote where it ends, and names a speaker without a mention as free text', () => {
    const text = 'Ia berkata, "Harga beras turun." Kenaikan upah dibahas pekan depan.';
    const quote = { start: 12, end: 32, text: '"Harga beras turun."', speaker: 'Budi Santoso' };
    const result: AnalysisResult = {
      actors: [{ start: 0, end: 2, text: 'Ia', type: 'PER', canonical: 'Andi', entityId: 'andi' }],
      quotes: [quote],
    };
    const at = text.indexOf('Kenaikan');
    assert.deepEqual(defaultActor(text, at, at + 8, result), { label: 'Budi Santoso', reason: 'preceding' });
  });

  it('is the speaker of a reported statement the selection covers, not an organisation named before the speaker', () => {
    // Newcomer run: "Kepala <organisation>, <person>, menyebut …" gave the organisation.
    const text = 'Kepala Badan Pengelola Pelabuhan Sorong, Yusuf Wanggai, menyebut antrean kapal akan berkurang bulan depan. Menurut Yusuf, dermaga baru sudah selesai.';
    const analysis = analyze(text);
    const statement = analysis.reported?.find((r) => r.text.startsWith('antrean kapal'));
    assert.equal(statement?.speaker, 'Yusuf Wanggai', 'the recognizer resolves the statement to the person');
    for (const needle of [text, 'antrean kapal akan berkurang', 'Yusuf Wanggai, menyebut antrean kapal akan berkurang bulan depan.']) {
      const s = text.indexOf(needle);
      const d = defaultActor(text, s, s + needle.length, analysis);
      assert.equal(d?.label, 'Yusuf Wanggai', needle);
      assert.equal(d?.reason, 'statement', needle);
    }
  });
});

describe("a claim's default claimant in the writer's own narration (workflow52)", () => {
  const OUTLET = { label: 'the outlet (own voice)', id: 'outlet', reason: 'narration' };

  it("is the outlet's own voice when no quote, statement or attribution cue is in the sentence", () => {
    // The actor named just before (the farmers' group) says nothing here: the article asserts it.
    const text = 'Kelompok tani di Subang menanam padi gogo tahun ini. Luas tanam bertambah dua ratus hektare dibanding musim lalu.';
    const r = analyze(text);
    const s = text.indexOf('Luas tanam');
    assert.deepEqual(defaultActor(text, s, text.length, r, 'claim'), OUTLET);
    // An actor opening a sentence of narration is its subject, not who asserts it.
    const opened = 'Presiden Joko Widodo meresmikan bendungan baru di Bulukumba pada Senin.';
    assert.deepEqual(defaultActor(opened, 0, opened.length, analyze(opened), 'claim'), OUTLET);
  });

  it('keeps the speaker of a quote or reported statement covering the selection first', () => {
    const [s, e] = around('"Kami menjaga disiplin fiskal,"');
    assert.equal(defaultActor(TEXT, s, e, textAnalysis(), 'claim')?.reason, 'quote');
    const [s2, e2] = around('anggaran itu terlalu besar');
    assert.equal(defaultActor(TEXT, s2, e2, textAnalysis(), 'claim')?.reason, 'statement');
  });

  it('is the nearest actor as before when an attribution cue is in the sentence', () => {
    const cases: Array<[string, string]> = [
      ['Menurut Gubernur Ridwan Kamil, pasokan beras aman sampai Lebaran.', 'pasokan beras aman'],
      ['Pasokan beras aman sampai Lebaran, kata Ridwan Kamil di Bandung.', 'Pasokan beras aman'],
      ['Ridwan Kamil hadir di pasar. Pasokan beras aman sampai Lebaran, ujarnya.', 'Pasokan beras aman'],
      ['Badan Pusat Statistik mencatat harga beras turun tipis bulan ini.', 'harga beras turun tipis'],
      ['Ridwan Kamil hadir di pasar. Pasokan beras, yang dikatakannya aman, cukup untuk Lebaran.', 'cukup untuk Lebaran'],
    ];
    for (const [text, needle] of cases) {
      const s = text.indexOf(needle);
      const d = defaultActor(text, s, s + needle.length, analyze(text), 'claim');
      assert.notEqual(d?.reason, 'narration', text);
      assert.ok(d === undefined || d.id !== 'outlet', text);
      // The cue words alone tell, also where the recognizer found no statement.
      assert.equal(isNarration(text, s, s + needle.length, { actors: [], quotes: [] }), false, text);
    }
    // Guard: words that only look like cues ("kata kunci", "jelas") leave narration narration.
    const plain = 'Kata kunci program ini jelas: lumbung desa dibangun di tiap kecamatan.';
    assert.equal(isNarration(plain, 0, plain.length, { actors: [], quotes: [] }), true);
    const quoted = 'Jembatan "harapan" itu dibuka warga sejak Senin.';
    assert.equal(isNarration(quoted, 0, 6, { actors: [], quotes: [] }), false, 'a quotation mark in the sentence');
  });

  it("only for a claim: a stance holder or a source in narration is the nearest actor as before", () => {
    const text = 'Kelompok tani di Subang menanam padi gogo tahun ini. Luas tanam bertambah dua ratus hektare dibanding musim lalu.';
    const r = analyze(text);
    const s = text.indexOf('Luas tanam');
    const asBefore = defaultActor(text, s, text.length, r);
    for (const kind of ['stance', 'source'] as const) assert.deepEqual(defaultActor(text, s, text.length, r, kind), asBefore, kind);
    assert.notEqual(asBefore?.id, 'outlet');
  });

  it("keeps the subject that opens the sentence when the selection is its complement (fix52b)", () => {
    // A belief or a promise is its holder's, not the writer's: the words that voice it
    // ("yakin", "optimistis", "menjamin") report nobody, yet the clause is the subject's.
    const cases: Array<[string, string, string]> = [
      ['Hujan reda sejak siang. Gubernur Ridwan Kamil yakin banjir tidak akan terulang di Bandung.', 'banjir tidak akan terulang', 'Ridwan Kamil'],
      ['Harga beras naik pekan ini. Menteri Keuangan Sri Mulyani optimistis ekonomi tumbuh lima persen tahun depan.', 'ekonomi tumbuh lima persen tahun depan', 'Sri Mulyani Indrawati'],
      ['Harga beras naik pekan ini. Menteri Keuangan Sri Mulyani optimistis ekonomi tumbuh lima persen tahun depan.', 'optimistis ekonomi tumbuh', 'Sri Mulyani Indrawati'],
      // The place in the title is no subject: the name after it is.
      ['Wali Kota Surabaya Eri Cahyadi menjamin stok air bersih cukup sampai kemarau.', 'stok air bersih cukup', 'Eri Cahyadi'],
      // Past a connective, and with a predicate the recognizer reports nothing for.
      ['Sementara itu, Kepala BMKG Dwikorita Karnawati pesimistis hujan turun pekan ini.', 'hujan turun pekan ini', 'Dwikorita Karnawati'],
    ];
    for (const [text, needle, subject] of cases) {
      const s = text.indexOf(needle);
      const d = defaultActor(text, s, s + needle.length, analyze(text), 'claim');
      assert.equal(d?.label, subject, needle);
      assert.notEqual(d?.reason, 'narration', needle);
    }
  });

  it('reads an attitude predicate as attributing its sentence, as a reporting verb', () => {
    for (const text of [
      'Para nelayan yakin cuaca membaik pekan depan.',
      'Pengelola pasar optimistis omzet pulih sebelum Lebaran.',
      'Sebagian pedagang pesimistis harga cabai turun.',
      'Pengembang menjamin rumah contoh rampung bulan depan.',
      // Already reporting verbs of the recognizer (cues.ts CLAUSE_VERBS), read as before.
      'Warga khawatir tanggul jebol saat pasang.',
      'Pengelola memastikan jalur evakuasi dibuka.',
    ]) {
      assert.equal(isNarration(text, 0, text.length, { actors: [], quotes: [] }), false, text);
    }
  });

  it('stays the outlet where no actor opens the sentence before the selection', () => {
    // The subject of narration named inside the selection: the article asserts the event.
    const opened = 'Gubernur Ridwan Kamil meninjau tanggul Citarum pada Senin.';
    assert.deepEqual(defaultActor(opened, 0, opened.length, analyze(opened), 'claim'), OUTLET);
    // An actor opening the sentence before does not open the next one.
    const next = 'Gubernur Ridwan Kamil meninjau tanggul Citarum. Debit sungai turun sejak Minggu.';
    const s = next.indexOf('Debit');
    assert.deepEqual(defaultActor(next, s, next.length, analyze(next), 'claim'), OUTLET);
    // A common noun opening the sentence names no actor (the place after "di" is no subject).
    const plain = 'Petani di Karawang menanam padi gogo tahun ini.';
    const p = plain.indexOf('menanam');
    assert.deepEqual(defaultActor(plain, p, plain.length, analyze(plain), 'claim'), OUTLET);
  });

  it('is the outlet past a dateline and in a clause the opening subject does not introduce (fix52c)', () => {
    // review52b: any capitalised run opening the sentence counted as its subject, the
    // dateline's outlet too, and "preceding" then chose the nearest actor (a place).
    const cases: Array<[string, string]> = [
      ['JAKARTA, KOMPAS.com - Antrean kendaraan di jalan tol dalam kota mengular sejak pagi.', 'Antrean kendaraan di jalan tol'],
      ['BANDUNG, KOMPAS.com — Antrean kendaraan di jalan tol dalam kota mengular sejak pagi.', 'kendaraan di jalan tol dalam kota'],
      // The subject's own act, then a coordinated clause of the writer's.
      ['Pertamina menurunkan harga solar pekan ini, dan antrean di SPBU diperkirakan memendek.', 'antrean di SPBU diperkirakan memendek'],
      ['Wakil Presiden Gibran Rakabuming Raka tiba di Medan siang tadi, sementara harga bawang merah terus naik.', 'harga bawang merah terus naik'],
    ];
    for (const [text, needle] of cases) {
      const s = text.indexOf(needle);
      assert.deepEqual(defaultActor(text, s, s + needle.length, analyze(text), 'claim'), OUTLET, text);
    }
  });

  it('names the opening subject itself, not an actor named between its predicate and the selection (fix52c)', () => {
    const text = 'Menteri Pertanian Andi Amran Sulaiman optimistis, usai meninjau sawah di Karawang, panen raya melimpah bulan depan.';
    const needle = 'panen raya melimpah bulan depan';
    const s = text.indexOf(needle);
    const d = defaultActor(text, s, s + needle.length, analyze(text), 'claim');
    assert.equal(d?.label, 'Andi Amran Sulaiman');
    assert.equal(d?.type, 'PER');
    // Past a dateline, the subject after the dash still holds its complement.
    const dated = 'SEMARANG, KOMPAS.com - Wali Kota Semarang Agustina Wilujeng yakin genangan di Kaligawe surut sore ini.';
    const g = dated.indexOf('genangan');
    assert.equal(defaultActor(dated, g, dated.length - 1, analyze(dated), 'claim')?.label, 'Agustina Wilujeng');
  });

  it("counts an attitude word only for its own clause: the writer's clause after it is narration (workflow53)", () => {
    // The belief is the subject's; the clause joined after ", sementara" / ", dan" / "; " is the writer's.
    const cases: Array<[string, string]> = [
      ['Kepala Dinas Pertanian Rudi Hartono yakin panen cabai melimpah, sementara petani di lereng masih menunggu hujan.', 'petani di lereng masih menunggu hujan'],
      ['Pengurus koperasi optimistis simpanan anggota naik, dan rapat tahunan digelar di balai desa.', 'rapat tahunan digelar di balai desa'],
      ['Para nelayan pesimistis tangkapan membaik; harga solar naik lagi pekan ini.', 'harga solar naik lagi pekan ini'],
    ];
    for (const [text, needle] of cases) {
      const s = text.indexOf(needle);
      assert.equal(isNarration(text, s, s + needle.length, { actors: [], quotes: [] }), true, text);
      assert.deepEqual(defaultActor(text, s, s + needle.length, analyze(text), 'claim'), OUTLET, text);
    }
    // Guards: the attitude word's own clause stays attributed, and so does a selection
    // reaching into it; a reporting verb still attributes the whole sentence.
    const [text] = cases[0];
    const own = text.indexOf('panen cabai melimpah');
    assert.equal(isNarration(text, own, own + 'panen cabai melimpah'.length, { actors: [], quotes: [] }), false);
    assert.equal(isNarration(text, own, text.length, { actors: [], quotes: [] }), false);
    const reported = 'Rudi Hartono mengatakan panen cabai melimpah, sementara petani di lereng masih menunggu hujan.';
    const p = reported.indexOf('petani');
    assert.equal(isNarration(reported, p, reported.length - 1, { actors: [], quotes: [] }), false);
    // A comma before any other word ("yakin, setelah meninjau kebun, panen …") is no clause break.
    const aside = 'Para nelayan yakin, setelah cuaca membaik, tangkapan ikan naik.';
    const t = aside.indexOf('tangkapan');
    assert.equal(isNarration(aside, t, aside.length - 1, { actors: [], quotes: [] }), false);
  });

  it("reads the recognizer's reporting passives as cues, from the cue module's one list", () => {
    // The passives the recognizer reads before a speaker ("demikian disampaikan X") are
    // among those narration reads; so are those that name a source ("dilaporkan oleh").
    for (const w of SPEAKER_PASSIVES) assert.ok(REPORTING_PASSIVES.includes(w), w);
    for (const w of REPORTING_PASSIVES) {
      const text = `Stok beras cukup sampai Lebaran, demikian ${w} petugas gudang.`;
      assert.equal(isNarration(text, 0, 20, { actors: [], quotes: [] }), false, w);
    }
  });

  it('does not look past the sentences the selection touches', () => {
    // A cue in the sentence before (its own statement) does not make the next one attributed.
    const text = 'Ridwan Kamil mengatakan pasokan aman. Harga cabai naik tajam di Pasar Kosambi sejak Jumat.';
    const r = analyze(text);
    const s = text.indexOf('Harga cabai');
    assert.deepEqual(defaultActor(text, s, text.length, r, 'claim'), OUTLET);
  });
});

describe('one rule for the claimant, the stance holder and the source (workflow53)', () => {
  const kinds = ['claim', 'stance', 'source'] as const;
  const at = (text: string, needle: string): [number, number] => {
    const s = text.indexOf(needle);
    assert.ok(s >= 0, needle);
    return [s, s + needle.length];
  };

  it('every kind starts on the subject whose predicate introduces the selection, not a place named between', () => {
    // The belief (stance holder, claimant) and the report (the source cited) are the subject's.
    const cases: Array<[string, string, string]> = [
      ['Gubernur Jawa Barat Dedi Mulyadi yakin, setelah berkunjung ke Subang, harga gabah bertahan sampai panen.', 'harga gabah bertahan sampai panen', 'Dedi Mulyadi'],
      ['Badan Pusat Statistik mencatat, di Kabupaten Garut, harga cabai naik dua kali lipat.', 'harga cabai naik dua kali lipat', 'Badan Pusat Statistik'],
    ];
    for (const [text, needle, subject] of cases) {
      const [s, e] = at(text, needle);
      const all = defaultActors(text, s, e, analyze(text));
      for (const kind of kinds) assert.equal(all[kind]?.label, subject, `${kind}: ${text}`);
    }
  });

  it('every kind starts on the speaker of the quote or statement covering the selection', () => {
    const [s, e] = around('"Kami menjaga disiplin fiskal,"');
    const all = defaultActors(TEXT, s, e, textAnalysis());
    for (const kind of kinds) assert.deepEqual([all[kind]?.label, all[kind]?.reason], ['Sri Mulyani Indrawati', 'quote'], kind);
  });

  it('only the claim takes the outlet for the writer’s narration; the others the nearest actor', () => {
    const text = 'Kelompok tani di Subang menanam padi gogo tahun ini. Luas tanam bertambah dua ratus hektare dibanding musim lalu.';
    const [s, e] = at(text, 'Luas tanam bertambah');
    const all = defaultActors(text, s, e, analyze(text));
    assert.equal(all.claim?.id, 'outlet');
    assert.deepEqual(all.stance, all.source);
    assert.notEqual(all.stance?.id, 'outlet');
  });

  it('is what defaultActor answers for each kind', () => {
    const text = 'Gubernur Jawa Barat Dedi Mulyadi yakin, setelah berkunjung ke Subang, harga gabah bertahan sampai panen. Luas tanam bertambah.';
    const r = analyze(text);
    for (const needle of ['harga gabah', 'Luas tanam bertambah', 'Subang']) {
      const [s, e] = at(text, needle);
      const all = defaultActors(text, s, e, r);
      for (const kind of kinds) assert.deepEqual(all[kind], defaultActor(text, s, e, r, kind), `${kind}: ${needle}`);
    }
  });
});

describe('default source: an actor cited between the sentence\'s subject and the selection (fix53a)', () => {
  const text = 'Gubernur Bali Wayan Koster yakin, mengutip data Badan Pusat Statistik, kunjungan wisatawan asing naik sepuluh persen tahun ini.';
  const analysis = analyze(text);
  const start = text.indexOf('kunjungan');
  const end = text.indexOf(' tahun ini');

  it('the cited body is the source the words come from', () => {
    assert.equal(defaultActors(text, start, end, analysis).source?.label, 'Badan Pusat Statistik');
  });
  it('(guard) the subject stays the holder of a stance and the claimant', () => {
    const d = defaultActors(text, start, end, analysis);
    assert.match(d.stance?.label ?? '', /Wayan Koster/);
    assert.match(d.claim?.label ?? '', /Wayan Koster/);
  });
  it('(guard) with nobody cited between, the subject stays the source', () => {
    const plain = 'Gubernur Bali Wayan Koster yakin, setelah meninjau bandara, kunjungan wisatawan asing naik sepuluh persen tahun ini.';
    const a = analyze(plain);
    assert.match(defaultActors(plain, plain.indexOf('kunjungan'), plain.indexOf(' tahun ini'), a).source?.label ?? '', /Wayan Koster/);
  });
});
