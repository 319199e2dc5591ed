// Interviews printed turn by turn (T:/J:, Tanya:/Jawab:, or bare question lines) whose lead
// names the interviewee in a way the earlier readers missed: a professional title with a dot
// before the name (apt., drh., Ns.), a number or a place inside the description ("Kepala SMP
// Negeri 4 …", "pelatih tim dayung Jawa Barat, …"), "petikan wawancara <outlet> dengan X", a
// meeting or a statement with no interview verb and the transcript announced after it, or a
// lead naming nobody else. The answers are the interviewee's, also the one after an official
// quoted between the turns (speakers51: dev d408's answers went to nobody, the last to that
// official). Sentences written for this test.
import assert from 'node:assert/strict';
import { speakersWithTestKb } from './helpers';

describe('interviews: the interviewee the lead names', () => {
  it('an abbreviated professional title before the name (drh., Ns., apt.)', () => {
    for (const title of ['drh.', 'Ns.', 'apt.']) {
      const text = 'Jurnalis Tribun berbincang dengan Kepala Dinas Peternakan Kabupaten Sikka, ' + title + ' Agnes Wona Parera, di Maumere, Kamis. Berikut petikannya.\n\n' +
        'T: Berapa stok vaksin yang tersisa?\n\n' +
        'J: "Tinggal sekitar 300 dosis. Itu cukup untuk dua minggu."\n\n' +
        'Kepala Dinas Kesehatan Sikka, Yohanes Bata, mengatakan puskesmas sudah menyiapkan serum.\n\n' +
        'T: Apa pesan untuk warga?\n\n' +
        'J: "Ikat anjing peliharaan dan segera cuci luka dengan sabun."\n';
      assert.deepEqual(speakersWithTestKb(text), ['Agnes Wona Parera', 'Agnes Wona Parera'], title);
    }
  });
  it('a number or a place inside the description before the name', () => {
    const school = 'Kompas.com berbincang dengan Kepala SMP Negeri 4 Waingapu, Martha Ndapa Lawa, pekan lalu. Berikut petikan wawancaranya.\n\n' +
      'Tanya: Berapa guru yang kurang?\n\n' +
      'Jawab: "Kami kekurangan tiga guru. Dua di antaranya guru matematika."\n';
    assert.deepEqual(speakersWithTestKb(school), ['Martha Ndapa Lawa']);
    const coach = 'Antara mewawancarai pelatih kepala tim dayung Jawa Barat, Rudi Hartawan, di Waduk Jatiluhur, Selasa.\n\n' +
      'Tanya: Bagaimana persiapan tim?\n\n' +
      'Jawab: "Atlet sudah berlatih dua kali sehari selama tiga bulan."\n';
    assert.deepEqual(speakersWithTestKb(coach), ['Rudi Hartawan']);
  });
  it('"petikan wawancara <outlet> dengan X": the one named after "dengan"', () => {
    const text = 'Petikan wawancara Antara dengan pelatih kepala tim dayung Jawa Barat, Rudi Hartawan, di Waduk Jatiluhur, Selasa.\n\n' +
      'Tanya: Bagaimana persiapan tim?\n\n' +
      'Jawab: "Atlet sudah berlatih dua kali sehari selama tiga bulan."\n\n' +
      '"Kondisi fisik mereka bagus, tinggal mengasah start."\n';
    assert.deepEqual(speakersWithTestKb(text), ['Rudi Hartawan', 'Rudi Hartawan']);
  });
  it('an abbreviated title after a described interviewee ("…, Dr. Yoga …") with bare question lines', () => {
    const text = 'Bangka Pos mewawancarai peneliti reptil Universitas Bangka Belitung, Dr. Yoga Pratama, soal serangan buaya.\n\n' +
      'Tanya: Mengapa buaya makin sering menyerang?\n\n' +
      '"Habitatnya rusak oleh tambang timah."\n\n' +
      'Kepala BKSDA Sumatera Selatan, Hendro Susilo, menyatakan tim sudah memasang perangkap di tiga lokasi.\n\n' +
      'Tanya: Apakah buaya perlu direlokasi?\n\n' +
      '"Relokasi tidak menyelesaikan masalah kalau habitatnya terus dirusak."\n';
    assert.deepEqual(speakersWithTestKb(text), ['Yoga Pratama', 'Yoga Pratama']);
  });
  it('no interview verb: the person the paragraph announcing the transcript names', () => {
    const meeting = 'Tribun menemui Kepala Puskesmas Senayang, dr. Hendra Sitompul, di ruang kerjanya, Jumat. Berikut petikannya.\n\n' +
      'Berapa bidan yang dibutuhkan?\n\n' +
      '"Minimal tiga. Sekarang satu bidan melayani empat pulau."\n';
    assert.deepEqual(speakersWithTestKb(meeting), ['Hendra Sitompul']);
    const statement = 'Ketua KONI Provinsi Jambi, Budiman Sitorus, memberikan keterangan kepada wartawan Jambi Ekspres, Rina Sari, di kantornya. Berikut petikan wawancaranya.\n\n' +
      'Tanya: Mengapa bonus belum cair?\n\n' +
      'Jawab: "Anggarannya masih di pos belanja tak terduga."\n';
    assert.deepEqual(speakersWithTestKb(statement), ['Budiman Sitorus']);
  });
  it('no verb and no announcement: the one person a short lead names', () => {
    const text = 'Wawancara Kepala Desa Lubuk Raya: Dana Desa Habis untuk Jalan\n\n' +
      'Kepala Desa Lubuk Raya, Samsul Hadi, baru tiga bulan menjabat. Ia mewarisi utang pembangunan jalan desa.\n\n' +
      'Apa yang pertama Anda lakukan?\n\n' +
      '"Saya audit semua pengeluaran."\n\n' +
      'Bagaimana tanggapan warga?\n\n' +
      '"Warga mendukung. Mereka ingin uang desa jelas larinya ke mana."\n';
    assert.deepEqual(speakersWithTestKb(text), ['Samsul Hadi', 'Samsul Hadi']);
  });
  it('guard: a lead naming two people, no verb and no announcement, names no interviewee', () => {
    const text = 'Kepala Desa Lubuk Raya, Samsul Hadi, dan Camat Rantau, Herman Sitepu, meninjau jalan desa yang amblas.\n\n' +
      'Apa yang pertama dilakukan?\n\n' +
      '"Saya audit semua pengeluaran."\n';
    assert.deepEqual(speakersWithTestKb(text), [null]);
  });
  it('"Pertanyaan:" / "Jawaban:" and "P:" / "J:" label the turns; "Jawaban" is no person', () => {
    const text = 'Kepala BPBD Kabupaten Sigi, Asrul Lamato, menjawab pertanyaan Kompas.com soal pengungsi longsor, Selasa.\n\n' +
      'Pertanyaan: Berapa warga yang masih mengungsi?\n\n' +
      'Jawaban: "Sekitar 1.200 orang di empat titik."\n\n' +
      'P: Kapan mereka bisa pulang?\n\n' +
      'J: "Setelah tim geologi menyatakan lereng aman."\n';
    assert.deepEqual(speakersWithTestKb(text), ['Asrul Lamato', 'Asrul Lamato']);
  });
  it('an interview verb further up a short lead, background paragraphs between', () => {
    const text = 'Tempo mewawancarai Kepala Balai Taman Nasional Komodo, Hendrikus Rani Siga, di kantornya, Senin.\n\n' +
      'Mulai April, jumlah pengunjung Pulau Komodo dibatasi 1.000 orang per hari.\n\n' +
      'Kebijakan itu diprotes pemandu. Ketua himpunan pemandu, Yosef Nggarang, menilai pemandu lokal kehilangan pekerjaan.\n\n' +
      'Pemerintah kabupaten mendukung kuota itu.\n\n' +
      'Berikut petikan wawancaranya.\n\n' +
      'Tanya: Mengapa kuota diperlukan?\n\n' +
      'Jawab: "Terumbu karang di sekitar pulau rusak."\n';
    assert.deepEqual(speakersWithTestKb(text), ['Hendrikus Rani Siga']);
  });
  it('guard: a lead that says it interviewed a group gives its answers to no one person it names', () => {
    const text = 'Tribun berbincang dengan para pedagang pasar. Lurah Sukamaju, Andi Saputra, tidak ikut.\n\n' +
      'Apa yang paling berat?\n\n' +
      '"Sewa lapak naik dua kali lipat."\n';
    assert.deepEqual(speakersWithTestKb(text), [null]);
  });
  it('a journalist the announcing paragraph names is passed over: the one interviewed answers', () => {
    const text = 'Wartawan Radar Madura, Fajar Hidayat, menemui Ketua Kelompok Petambak Garam, Slamet Riyadi, di Sumenep. Berikut petikannya.\n\n' +
      'T: Berapa produksi tahun ini?\n\n' +
      'J: "Baru separuh dari tahun lalu."\n';
    assert.deepEqual(speakersWithTestKb(text), ['Slamet Riyadi']);
  });
  it('an announcement on a line of its own names the paragraph before, with a blank line or not between paragraphs', () => {
    for (const gap of ['\n', '\n\n']) {
      const text = ['Bupati Lembah Hijau, Yohanes Pratama, meresmikan pasar ikan baru pekan lalu.',
        'Pedagang menyambut pasar itu, tetapi sebagian masih bertahan di tepi jalan.',
        'Radar Timur menemui Kepala Dinas Perikanan, Maria Lestari, di kantornya, Rabu.',
        'Berikut petikannya.',
        'Kapan pedagang pindah?',
        '"Paling lambat akhir bulan ini."',
        'Bagaimana dengan retribusinya?',
        '"Tiga bulan pertama gratis."'].join(gap) + '\n';
      assert.deepEqual(speakersWithTestKb(text), ['Maria Lestari', 'Maria Lestari'], JSON.stringify(gap));
    }
  });
});
