// Word lists the rules consult. All keys are lower case; callers lower-case the word.
// Kept in one place so a rule change and its vocabulary are reviewed together.

import { MONTH_ABBREVIATIONS, MONTHS, TIME_UNITS, WEEKDAYS } from '../text/calendar-words';
import { LowerWordSet } from '../text/lower-word-set';
import { COMPANY_TAILS } from './company-tails';
import { BAND_ROLES } from './band-roles';
import { PARTY_NOUNS } from './proceeding-parties';
import { COURTESY_TITLE_HEADS, HONORIFIC_PHRASES } from './courtesy-titles';
import { REGIONAL_SHORT_HEADS } from './regional-short-heads';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Ministers' short titles ("Menlu", "Mentan", "Menko", "Wamenkes"): title heads, and
 *  like "Menteri" they take a portfolio that is also a body's head ("Menteri Koperasi").
 *  Not "Mendes": a surname too ("Nuno Mendes"). */
/** Police chiefs' titles from the national command to the sector, and their deputies'
 *  ("Wa" before the chief's title): title heads here, and offices a bare title stands for
 *  (title-subject.ts). The province's and the regency's or city's commands between are
 *  titled by their region (REGIONAL_COMMAND_TITLES). */
const REGIONAL_POLICE_CHIEF_TITLES = 'kapolda kapolres kapolresta kapolrestabes';
export const POLICE_CHIEF_TITLES = `kapolri ${REGIONAL_POLICE_CHIEF_TITLES} kapolsek`;
const deputyTitles = (chiefs: string): string => chiefs.split(' ').map((w) => `wa${w}`).join(' ');
export const POLICE_DEPUTY_TITLES = deputyTitles(POLICE_CHIEF_TITLES);
/** The army's commanders of a region: a korem's (Danrem) and a kodim's (Dandim). */
export const REGIONAL_MILITARY_COMMAND_TITLES = 'danrem dandim';
/** Heads titled by a regency's or a province's command, police and military, and the police
 *  deputies ("Kapolres Xanduri", "Dandim Xanduri", "Wakapolda Xanduri"): the name after the
 *  title is the region (actors/rules/regional-command-place.ts). */
export const REGIONAL_COMMAND_TITLES: readonly string[] =
  `${REGIONAL_POLICE_CHIEF_TITLES} ${REGIONAL_MILITARY_COMMAND_TITLES} ${deputyTitles(REGIONAL_POLICE_CHIEF_TITLES)}`.split(' ');
const MINISTER_SHORT_TITLES = `
  menlu menhan mendagri menkeu mentan menkes menag menhub menperin mendag menaker menpora
  menpar menparekraf menekraf menkomdigi menkominfo mensesneg menkop menkopukm menpan menpanrb
  menkum menkumham menham menimipas menpupr menpu menpkp mendesa mentrans menhut menlhk
  menlh mendikdasmen mendikti mendiktisaintek mendikbud mendikbudristek menbud menristek mensos
  menbumn menesdm menatr menpppa menko menkopolhukam menkopolkam menkomarves menkopmk
  wamen wamenko wamenlu wamenhan wamentan wamenkes wamenkeu wamendagri wamenkop wamenbumn wamensesneg
`;
/** "Menteri" and its short titles. */
export const MINISTER_TITLES = set(`menteri ${MINISTER_SHORT_TITLES}`);

/** Words that start a person's title or role ("Presiden", "Juru Bicara", "Pak"). They
 *  stay outside the span and mark what follows as a person. */
/** Words for a journalist: title heads ("wartawan Tempo Fikri"), credit labels ("Pewarta:
 *  …"), members' trades, an interviewer's titles (interview-turns.ts) and the unnamed
 *  journalist after a cue ("tanya wartawan lain": unnamed-journalist.ts). */
const JOURNALISTS = 'wartawan jurnalis reporter pewarta';
export const JOURNALIST_TITLES: readonly string[] = JOURNALISTS.split(' ');

/** Terms of address, each with how it is read (one table: "mas", "mbak", "bang" and "bung" are
 *  both):
 *  - 'title': before a name or an office ("Pak Bonar", "Bu Menteri", "Mas Bagas"), a title
 *    head (TITLE_HEADS), the vocative that ends a sentence (actors/rules/vocative.ts) and the
 *    one a line of dialogue addresses (vocative-addressee.ts): ADDRESS_TERMS;
 *  - 'kin': a kinship word before a given name ("Mbak Puan", "Abah Anies", "Bang Ara"),
 *    never a first name before a known person's given name: ADDRESS_WORDS.
 *  ("Bung" is both (d343): before an unknown name it is no word of the name, "Bung Fajar
 *  Nugraha" is Fajar Nugraha; "Bung Karno" stays the KB's Soekarno.) */
const TERMS_OF_ADDRESS: readonly (readonly [word: string, read: 'title' | 'kin' | 'both'])[] = [
  ['pak', 'title'], ['bu', 'title'], ['bapak', 'title'], ['ibu', 'title'], ['mas', 'both'], ['mbak', 'both'],
  ['bang', 'both'], ['kang', 'title'], ['tuan', 'title'], ['nyonya', 'title'],
  ['abah', 'kin'], ['bung', 'both'], ['mbah', 'kin'], ['bunda', 'kin'], ['eyang', 'kin'], ['teh', 'kin'], ['uda', 'kin'],
  ['kak', 'kin'], ['om', 'kin'], ['tante', 'kin'], ['opung', 'kin'], ['ompung', 'kin'],
];
const addressTerms = (read: 'title' | 'kin'): string[] => TERMS_OF_ADDRESS.filter(([, r]) => r === read || r === 'both').map(([w]) => w);
/** Terms of address read as titles (TERMS_OF_ADDRESS), in the table's order. */
export const ADDRESS_TERMS: ReadonlySet<string> = new Set(addressTerms('title'));
const ADDRESS_TERM_LIST = [...ADDRESS_TERMS].join(' ');

/** The short titles of the head of an office's unit ("Kasat Reskrim", "Kabid Drainase"). */
export const OFFICE_SHORT_TITLES: readonly string[] = ['kasat', 'kanit', 'kabid', 'kasi', 'kasubdit', 'kadiv'];
/** Athletes named by their sport ("Pembalap X", "Petenis X"). */
export const ATHLETE_TRADES: readonly string[] = [
  'pembalap', 'pebalap', 'perenang', 'pesilat', 'petenis', 'pebasket', 'pevoli', 'pebulu', 'pegolf', 'pecatur', 'pesenam', 'petinju',
  'pedayung', 'pesepeda', 'joki', 'pereli', 'pelari', 'pegulat', 'pemanah', 'peselancar', 'pendaki', 'pejudo', 'pesepakbola',
  'pelompat', 'peloncat', 'pelempar', 'peseluncur', 'pebiliar', 'pebadminton',
];
/** Trades of the stage, the screen and the arts ("Sutradara X", "Dalang X"). */
export const ARTS_TRADES: readonly string[] = ['aktris', 'aktor', 'sutradara', 'produser', 'komedian', 'pelawak', 'kurator', 'dalang'];

/** (Performers' trades, d343: "Aktris X" is X. "Penyanyi" is left out: as a title head it
 *  lowered the held-out canonicals, for a reason not read there.) */
export const TITLE_HEADS = set(`
  presiden wapres wakil menteri perdana pm ${MINISTER_SHORT_TITLES}
  sekretaris sekjen juru jubir kanselir ketua ketum kepala direktur dirut gubernur wagub
  wali walikota bupati raja ratu pangeran paus senator duta dubes panglima
  komandan danjen letnan kolonel mayor kapten laksamana marsekal brigadir brigjen mayjen
  letjen jenderal irjen kombes ${POLICE_CHIEF_TITLES} ${POLICE_DEPUTY_TITLES} kasad kasal kasau
  emir amir sultan pemimpin anggota hakim jaksa penasihat utusan ${ADDRESS_TERM_LIST}
  sang dr prof profesor doktor uskup kardinal imam
  rektor dekan dosen peneliti analis pengamat pakar ekonom aktivis ${JOURNALISTS}
  koresponden deputi asisten staf plt koordinator ceo bos pendiri mantan eks
  managing partner
  calon capres cawapres kandidat legislator politikus politisi diplomat pengusaha
  pelatih camat lurah kades komisaris inspektur kapten pilot perwira prajurit spokesperson
  spokesman minister president secretary chancellor senior pejabat kepala juru bicara
  kanselir kaisar permaisuri gubernur jenderal wakil ketua pimpinan atase konsul
  akbp akp iptu ipda aiptu bripka kompol kompolnas laksda laksma marsda marsma mayjen
  gelandang penyerang bek kiper striker pemain atlet wasit manajer
  kang chief pengasuh corporate bidang ${COURTESY_TITLE_HEADS.join(' ')}
  letkol lettu letda serka serma sertu kopda pratu ${OFFICE_SHORT_TITLES.join(' ')} dirreskrimum general
  bhabinkamtibmas babinkamtibmas babinsa
  ${ATHLETE_TRADES.join(' ')} coach
  setter tosser opposite libero spiker pivot flank
  terdakwa saksi tersangka pengacara advokat mbok prakirawan forecaster penyiar
  mbah xs ws kritikus pustakawan
  ${ARTS_TRADES.join(' ')}
  ${BAND_ROLES.join(' ')}
  dirjen penuntut
  ${PARTY_NOUNS.join(' ')}
`);

/** Words that continue a title after its head ("Menteri *Luar Negeri*", "Juru *Bicara*"). */
export const TITLE_WORDS = set(`
  luar negeri dalam pertahanan keuangan perdagangan perindustrian pertanian kesehatan
  pendidikan kebudayaan agama sosial hukum ham energi sumber daya mineral kelautan
  perikanan perhubungan pariwisata ekonomi kreatif lingkungan hidup kehutanan tenaga kerja
  ketenagakerjaan koordinator bidang politik keamanan perekonomian maritim investasi
  komunikasi informatika digital sekretaris negara riset teknologi pemuda olahraga bumn
  desa transmigrasi pekerjaan umum perumahan rakyat agraria tata ruang pemberdayaan
  perempuan perlindungan anak aparatur reformasi birokrasi imigrasi kebijakan perencanaan
  pembangunan nasional industri koperasi ukm kabinet jenderal bicara besar utama muda
  tinggi senior khusus tetap eksekutif pertama kedua harian pelaksana tugas wakil menteri
  presiden perdana kepala staf direktur ketua deputi asisten juru duta panglima komandan
  gubernur pemerintah pemerintahan angkatan darat laut udara tentara militer intelijen
  operasi operasional strategis publik hubungan internasional regional diplomatik
  berkuasa terpilih interim sementara petahana agung mahkota federal republik kerajaan tunggal
  kota provinsi daerah mayor kolonel letnan brigadir laksamana marsekal purnawirawan purn
  foreign affairs defense defence state general secretary prime vice deputy chief press pers
  pol purn polisi partner officer haji umrah urusan islam eksternal internal korporat penyakit menular executive operating financial
  inf kav arm arh czi cpm cba cku manager area reskrim samapta
  kimia farmasi tekstil manusia penerangan seksi pencegahan
  tindak pidana penghubung technology marketing product information investment commercial komersial transisi transformasi air
  communication communications relations fatwa dakwah sistem informasi
  pangan polkam polhukam pmk kumham imipas infrastruktur kewilayahan ekraf panrb pupr
  humas industrial perkebunan perkeretaapian ketenagalistrikan keselamatan pembantu
  logam mesin alat transportasi elektronika surveilans karantina pengawas
  teknik
  redaksi dasar menengah penuntut bagian angkutan
  reserse kriminal narkoba perusahaan pembinaan jaminan
  hewan tertib niaga konsumen ahli madya
`);

/** A regional dinas's short head, lower-case ("dinkes", "distan", "dpmptsp"): it heads the
 *  office's name ("Distan Ngawi"), as "Dinas" does. Read from the one list of short heads
 *  (regional-short-heads.ts), so a dinas added there heads an organisation here too. */
const DINAS_SHORT_HEADS: readonly string[] =
  [...REGIONAL_SHORT_HEADS].filter(([, full]) => full.startsWith('Dinas ')).map(([head]) => head.toLowerCase());

/** First words of an organisation's proper name: the name runs on from here. ("po", a bus
 *  company's, only where the text speaks of buses: bus-company.ts.)
 *  ("Departemen Luar Negeri Filipina", Malay "Jabatan Perangkaan Malaysia", "Jaringan Pemantau
 *  Pendidikan Indonesia", "Laboratorium Forensik Polda Bali", "Penjaga Pantai Filipina": bodies
 *  the KB does not know, whose heads also start common nouns at a sentence's start: see
 *  organisation-head.ts COMMON_NOUN_HEADS. And the initials of a kind of body, before its
 *  own name: "KSP Artha Mulya" a savings cooperative, "KUA Kecamatan Cibinong" a religious
 *  affairs office, "SPPG Kemangkon" a school-meal kitchen, "PB Garuda Muda" a badminton
 *  club, "KUD …" a village cooperative, "BPR …", "BPRS …" a rural bank; alone they are the
 *  kind, which the KB may know by another body's initials: KSP, the presidential staff office.)
 *  ("Museum Nasional Indonesia": a named museum is a body with a head and staff of its own, an
 *  organisation in every use, also where something happens there: eval/README.md, canon54.)
 *  (Church bodies: "Keuskupan Ruteng", "Keuskupan Agung Ende" a diocese with its seat, "Sinode
 *  GMIT", "Klasis Kupang Tengah" a church district: one ORG, the seat inside it, as "Klasis GIDI
 *  Wamena Kota" in the dev gold. Not "Jemaat": before a church's initials it is as often its
 *  members ("Jemaat GKP Di Purwakarta"); nor "Paroki", a parish read as its church (review47).) */
export const ORG_HEADS: ReadonlySet<string> = new Set([...set(`
  kementerian kemenlu kemenhan badan dewan partai komisi majelis mahkamah lembaga
  universitas universiti institut sekolah akademi politeknik kepolisian polisi kejaksaan pengadilan
  tentara angkatan pasukan bank dinas direktorat biro organisasi persatuan perserikatan
  asosiasi ikatan himpunan serikat yayasan perhimpunan kongres parlemen senat komite
  pakta kantor korps komando markas satuan kedutaan konsulat perusahaan pt cv bursa otoritas
  sekretariat pusat federasi liga front gerakan aliansi uni blok koalisi konfederasi
  garda pengawal brigade divisi batalyon resimen armada skuadron kamar ombudsman
  jawatan perum persero grup kelompok lembaga kabinet
  kodim korem kodam koramil lanal lantamal lanud yonif kodaeral
  ministry department agency council committee commission party university institute
  bureau office court parliament senate congress union federation forces army
  navy corporation company
  polres polda polsek polresta polrestabes mapolres mapolda mapolsek mapolresta mapolrestabes kodim korem kodam kejari kejati inspektorat
  pemkot pemkab pemprov gapoktan poktan bappeda bapenda
  rsud perkumpulan paguyuban komdis blu blud uptd asprov madrasah
  rsia rsu rsab rskia rsj rsgm rsd po
  satpol satreskrim satresnarkoba satlantas ditreskrimsus ditreskrimum ditpolairud rsup fakultas
  pondok pesantren ponpes parti pengurus pimpinan rumah
  koperasi gabungan komunitas balai masyarakat stasiun
  perumda perumdam satgas palang sanggar kontingen
  departemen jabatan jaringan laboratorium penjaga ksp kua sppg pb kud bpr bprs kopontren
  kesultanan kerajaan perpustakaan museum kasultanan kasunanan kedatuan keraton kadipaten
  keuskupan sinode klasis
`), ...DINAS_SHORT_HEADS]);

/** Organisation heads that name a group of people ("Komunitas Tionghoa", "Masyarakat Adat")
 *  unless the rest is a body's name ("Masyarakat Transportasi Indonesia (MTI)"). */
export const GROUP_HEADS = set(`komunitas masyarakat`);

/** Last words that make a capitalised sequence an organisation ("ABC News", "The Times"),
 *  a company's among them (company-tails.ts). */
export const ORG_TAILS: ReadonlySet<string> = new Set([...COMPANY_TAILS, ...set(`
  news times post agency institute institution group foundation corporation corp inc
  ltd llc party council ministry office bank airlines airways tv televisi radio daily
  journal tribune herald pos gazette telegraph guardian review monitor network channel
  media press wire today weekly magazine majalah harian broadcasting corporation company
  shimbun ilbo
  energy oil gas motors holdings capital partners fund center centre watch international
  kompas.com tempo.co fc images ventures united labs
  trust university college society association berhad bhd sekuritas securities entertainment esports
  commission authority organization organisation alliance coalition movement
  team racing
  pictures studios films records
  consulting consultants
  gmbh plc pte sdn
`)]);

/** Heads of venues and places a match is played at or a traveller passes ("Stadion Gelora
 *  Bung Tomo", "Terminal Amplas", "Jalan Sudirman"): non-actor heads, and the words after
 *  one are the venue's, not a club's (club-before-city.ts). */
export const VENUE_HEADS = set(`jalan jl gedung hotel bandara pelabuhan terminal pasar stadion lapangan gor sirkuit`);

/** Designators before a ship's name ("KRI Semarang", "KMP Nusa Bahari", "MV Ever Given",
 *  "MT Arman Jaya"): the name after them is the ship's, even a city's or a person's, and no
 *  actor. ("KM" is also the kilometre: unknown-name.ts's vehicle words read it before a name.)
 *  "MT" is a person's initials too ("MT Haryono"): non-actor-head.ts takes it for a ship's
 *  only after a vessel word; "MV" is a music video in a paragraph about music ("MV NewJeans"). */
export const SHIP_PREFIXES = set(`kri kmp mv mt`);

/** Words that open a non-actor name (events, documents, facilities, places that are not
 *  GPEs); a capitalised sequence headed by one of them is skipped, though actor names
 *  inside are still found ("KTT BRICS"). */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set([...VENUE_HEADS, ...SHIP_PREFIXES, ...set(`
  perang operasi konferensi forum ktt piala pasal undang uu hari festival pemilu pilpres
  pilkada pileg stasiun rumah masjid masjidil gereja pura
  istana sungai gunung laut selat pulau teluk samudra samudera danau lembah tanjung semenanjung
  rs apartemen mal plaza monumen taman
  perjanjian kesepakatan piagam deklarasi resolusi traktat protokol peraturan perpres
  perppu keputusan instruksi surat program proyek rencana doktrin prinsip strategi
  konvensi protokol tahun bulan pekan minggu hari desa kelurahan kampung dusun kecamatan paroki
  jembatan tol bendungan pangkalan kompleks blok menara tugu candi benteng kawasan zona
  capitol ruang balai koridor jalur rute festival olimpiade asian sea piala liga turnamen kejuaraan
  pendopo rutan lapas grup rapat sidang spbu bantuan subsidi auditorium aula wisma indeks index
  idulfitri idul natal imlek waisak nyepi paskah butik gerai
  covid virus vaksin rudal drone tank jet pesawat kapal kri kmp draf revisi rancangan nota dialog
  topan badai siklon taifun kepulauan
  vihara wihara klenteng kelenteng panitia
  sendang telaga waduk embung situ curug pantai goa gua velodrome bengawan kali
  pltu plta plts pltd pltp pltgu pltb pltn pltmh
`)]);

/** First words of a government programme's or a market index's name ("Bantuan Operasional
 *  Sekolah (BOS)", "Program Keluarga Harapan (PKH)", "Indeks Harga Saham Gabungan (IHSG)"):
 *  its acronym in brackets is a term, not a body. */
export const PROGRAMME_HEADS = set(`bantuan subsidi program kartu jaminan indeks index`);

/** First words of a term's Title Case name defined with an acronym ("Izin Usaha
 *  Pertambangan (IUP)", "Sistem Penerimaan Murid Baru (SPMB)", "Benda Jatuh Antariksa
 *  (BJA)"): permits, systems, documents, things, measures; never a body (defined-terms.ts). */
export const TERM_HEADS = set(`
  izin sistem benda analisis sertifikat surat nomor tanda dana anggaran pendapatan upah harga tarif
  nilai hak standar kejadian penerimaan pemutusan tempat daftar bahan zona objek persetujuan
  kredit pinjaman pemberlakuan pembatasan demam penyakit produk barang kawasan rencana aplikasi
`);

/** Heads of legal and normative texts ("Pasal 5", "Undang-Undang", "Piagam PBB"): a text
 *  that "menyatakan" something is no actor speaking (reported/document-subject.ts). */
export const DOCUMENT_HEADS = set(`
  pasal ayat undang uu piagam traktat perjanjian konstitusi prinsip peraturan perpres perppu permen
  keputusan resolusi deklarasi konvensi protokol doktrin statuta amandemen klausul
`);

/** Indonesia's multi-sport events by their short names ("Peparnas", "Porprov", "PON"):
 *  events, no actors; read by the name model as people ("Peparnas") when unlisted. The
 *  committees running them keep their own heads ("PB PON", "KONI"). */
const MULTI_SPORT_EVENTS = `pon peparnas porprov porda popnas popda peparprov peparda peparpeda porseni porkab porkot`;

/** Diseases and health conditions written as acronyms ("kasus TBC", "pasien DBD", "ODHIV"):
 *  upper-case like a body's acronym, so read as an organisation when unlisted. */
const DISEASE_ACRONYMS = `tbc hiv aids dbd ispa mpox odhiv odgj`;

/** Religions and the founders or deities named with them ("umat Buddha", "agama Hindu",
 *  "Sang Buddha"): never an actor alone; bodies named with them keep their heads
 *  ("Perwakilan Umat Buddha Indonesia", "Parisada Hindu Dharma Indonesia"). */
const RELIGIONS = `islam kristen katolik protestan hindu buddha budha konghucu khonghucu`;

/** Entries of NEVER_ACTOR written in capitals ("tim SAR", "pelanggaran HAM", "membuat SIM",
 *  "isu SARA", "KTT G20"): a word spelt like one in Title Case is no such acronym inside a
 *  person's name (Khmer "Sar", Korean "Ham", "Sim", "Ri", Japanese "Ai", the given name "Sara";
 *  actors/listed-word-in-name.ts). */
const NEVER_ACTOR_ACRONYMS = `
  ktt uu ham bbm phk apbn apbd pdb gdp ceo cfo coo hut wni wna asn pns tki pmi
  umkm ukm rapbn rapbd mbg tps kpps dpt psu rs rsud sd smp sma smk ptn pts pk pkwt lpg sim ktp
  kk npwp ott oth pt cv ri sdm nik ppn pph kur dp pr tv cctv ai
  bumd pkl csr dna rna pcr ukt upt sar
  qris bap ihsg ipo rups
  icu nicu picu hcu iccu igd
  kuhp kuhap ruu lgbt sara
`;
/** English auxiliary verbs, written in lower case: "Were" in Title Case inside a run of
 *  name words is a surname (Kenyan "Were"), no verb. */
const ENGLISH_AUXILIARIES = `is are was were be`;

/** Capitalised words that are never actors on their own. */
export const NEVER_ACTOR = set(`
  ${MULTI_SPORT_EVENTS}
  ${DISEASE_ACRONYMS}
  ${RELIGIONS}
  ${NEVER_ACTOR_ACRONYMS}
  ${ENGLISH_AUXILIARIES}
  ${MONTHS.join(' ')}
  ${MONTH_ABBREVIATIONS.join(' ')}
  ${WEEKDAYS.join(' ')}
  barat timur utara selatan tengah tenggara barat daya laut
  tuhan allah nabi rasul
  dayak tionghoa tamil sasak bugis betawi minang minangkabau
  wib wita wit utc gmt km kg rp usd us$ idr persen pukul
  mw gw kw kwh mwh gwh kv mva mwp
  dll dsb dkk tbk iptek tni-polri mts mtsn
  motogp moto2 moto3
  perppu perpres pp permen inpres keppres hoaks
  presiden menteri wakil ketua kepala juru bicara sekjen kanselir perdana jenderal
  pemerintah pemerintahan negara rakyat bangsa kota provinsi kabupaten
  ia dia mereka kami kita saya aku anda beliau engkau kamu saudara saudari
  baca juga sumber editor pewarta penerjemah penulis reporter foto video simak lihat
  copyright hak cipta tautan berita artikel pilihan kontributor live update analisis breaking opini
  editorial infografis wawancara eksklusif terkini terpopuler
  the a an of and in on at for to by with from as
  it ok purn fraksi perseroda persero unclos jcpoa npt icc-statuta
  facebook telegram instagram twitter tiktok youtube whatsapp threads linkedin snapchat weibo wechat x
`);
/** The entries of NEVER_ACTOR whose ordinary written form is not Title Case: acronyms,
 *  written in capitals even at a sentence start, and words written in lower case, Title
 *  Case at a sentence start. A Title Case word spelt like one may be a word of a name
 *  (actors/listed-word-in-name.ts). */
export const NEVER_ACTOR_WRITTEN_IN_CAPITALS = set(`${NEVER_ACTOR_ACRONYMS} ${DISEASE_ACRONYMS}`);
export const NEVER_ACTOR_WRITTEN_IN_LOWER_CASE = set(ENGLISH_AUXILIARIES);

/** Continents and world regions as written alone ("Uni Afrika" is no "Afrika"). */
export const CONTINENTS: ReadonlySet<string> = new Set(['Afrika', 'Asia', 'Arab', 'Amerika', 'Eropa', 'Pasifik', 'Atlantik', 'Australia', 'Oseania']);

/** Islands written alone ("di Jawa dan Sumatera", "kuliah ke Jawa"): regions, no actors (the
 *  sets' decision); read as such only when no capitalised word follows ("Jawa Timur", "Jawa
 *  Pos" are other names). */
export const ISLANDS: ReadonlySet<string> = new Set(['Jawa', 'Sumatera', 'Sumatra', 'Kalimantan', 'Borneo', 'Sulawesi', 'Madura', 'Lombok', 'Flores',
  'Sumba', 'Halmahera']);

/** Multi-word places that are pure regions, not GPEs (spec: "Timur Tengah"). */
export const REGION_PHRASES: readonly string[] = [
  'Timur Tengah', 'Eropa Timur', 'Eropa Barat', 'Eropa Tengah', 'Eropa Utara', 'Eropa Selatan',
  'Asia Tenggara', 'Asia Timur', 'Asia Selatan', 'Asia Tengah', 'Asia Barat', 'Asia Pasifik',
  'Asia-Pasifik', 'Indo-Pasifik', 'Amerika Latin', 'Amerika Utara', 'Amerika Selatan',
  'Amerika Tengah', 'Afrika Utara', 'Afrika Barat', 'Afrika Timur', 'Afrika Selatan Sahara',
  'Laut Hitam', 'Laut Baltik', 'Laut Merah', 'Laut China Selatan', 'Laut Cina Selatan',
  'Laut Tiongkok Selatan', 'Laut Natuna Utara', 'Laut Mediterania', 'Kutub Utara', 'Arktik',
  'Kepulauan Pasifik', 'Pasifik Selatan', 'Pasifik', 'Google Play', 'App Store', ...ISLANDS,
  'Mediterania Barat', 'Mediterania Tengah', 'Mediterania Timur', 'Balkan', 'Baltik', 'Kaukasus', 'Skandinavia', 'Sahel', 'Air Force One', 'Wall Street', 'Truth Social',
];

/** The numbers from one to ten in words ("tiga", "sepuluh"). */
const NUMBERS_IN_WORDS = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh';

/** Words that count or quantify a common noun ("setiap TPS", "banyak BPR kecil", "dua SPBN",
 *  "ribuan warga"), the number words among them: QUANTIFIERS below, and every one of them
 *  a common sentence starter. */
const QUANTIFYING_WORDS = `
  setiap tiap banyak sejumlah beberapa seluruh semua para sebuah suatu
  ${NUMBERS_IN_WORDS} puluhan ratusan ribuan jutaan
`;

/** Sentence-initial words that are ordinary Indonesian words, not names. A capitalised
 *  word at a sentence start is only a name candidate when it is not one of these. */
export const COMMON_SENTENCE_STARTERS = set(`
  ${QUANTIFYING_WORDS}
  namun tetapi tapi sementara sedangkan pada dalam menurut setelah sebelum sesudah ini itu
  hal tidak bukan belum sudah telah saat ketika di dari ke untuk kami mereka dia ia
  selain sebelumnya kemudian lalu bahkan meski meskipun walaupun jika apabila
  bila kalau karena sebab oleh adapun berdasarkan terkait selama sejak hingga sampai yang
  seorang salah kedua ketiga pertama sebagian
  kini sekarang saat kemarin besok hari pekan awal akhir tahun bulan dengan tanpa atas
  bagi tentang sekitar antara agar supaya sehingga maka jadi oleh karena itu bagaimana
  apa siapa mengapa kenapa kapan dimana di mana ada adalah merupakan juga pun lagi masih
  akan bisa dapat harus perlu ingin mau sangat lebih paling cukup hanya saja baik
  dan atau serta lantas kendati seraya sambil usai jelang menjelang
  dikatakan disebutkan diketahui dilaporkan sebagai peringatan pernyataan laporan
  informasi data hasil langkah upaya keputusan kebijakan tindakan serangan konflik perang
  situasi kondisi kami kita saya anda aku kamu beliau tujuan rencana pertemuan
  penggerebekan terhadap mengenai soal tanpa selanjutnya berikut demikian begitu
  tampaknya rupanya ternyata tentu memang justru padahal sedang tengah baru
  pemimpin pihak militer pasukan tentara warga penduduk negara-negara negara pemerintah
  otoritas pejabat sumber media outlet tim kelompok aliansi sekutu anggota pasangan
  laga pertandingan kata pesan
`);

/** One-word surnames by which the KB knows a person that are also everyday Indonesian words
 *  ("saldo" a balance, "kiper" a goalkeeper, "duda" a widower): written with a capital they
 *  are that person only where the article names him otherwise or the words around them are a
 *  person's ("Kiper mengatakan", "kata Kiper": common-word-surnames.ts, person-context.ts). Read
 *  off the KB's one-word person aliases (372 in session 51) by hand; "Puan" is left out, a
 *  literary word that Indonesian news uses for Puan Maharani alone. */
export const COMMON_WORD_SURNAMES = set(`saldo kiper duda`);

/** Words that name a place's kind before its name ("Provinsi Jawa Barat", "Kota Bandung",
 *  "Oblast Kherson", "Prefektur Fukushima"): actors/word-class.ts's F_PLACE_PREFIX. */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['provinsi', 'kota', 'kabupaten', 'oblast', 'distrik', 'wilayah', 'region', 'prefektur', 'county',
  'kegubernuran', 'munisipalitas']);
/** Words before an unknown name that make it a place ("di Vladivostok", "kota Lviv", "wisatawan asal Perth"). */
export const PLACE_CUES = set(`di ke asal kota provinsi wilayah oblast kabupaten ibu ibukota negara-bagian distrik`);

/** Name particles that may sit inside a person's name ("bin", "von der", "van den" (d344)).
 *  Portuguese has "da", "do" and "das" beside "dos" ("Domingos da Costa Amaral", dev d483:
 *  only "Costa Amaral" was found before session 56); none is an Indonesian word. */
export const NAME_PARTICLES = set(`bin binti bint van von der den de del della da das do dos du al el ibn`);

/** Labels of credit lines whose value is one or more people ("Editor: M Razi Rahman"). */
export const CREDIT_LABELS = set(`
  ${JOURNALISTS} editor penerjemah penulis redaktur fotografer kontributor
  penyunting penyelaras penyusun koresponden laporan oleh rep red
`);

/** Honorifics read before a capitalised name ("Datuk Seri", "Tan Sri", "H.", "Ki", "Encik", chess
 *  titles), longest first: they stay outside the name ("Datuk Seri Anwar Ibrahim" → Anwar Ibrahim)
 *  and make the next name a person. The table that owns them: courtesy-titles.ts. */
export const HONORIFICS: readonly string[] = HONORIFIC_PHRASES;
export const HONORIFIC_FIRST_WORDS = new Set(HONORIFICS.map((h) => h.split(/[ '’.]/)[0].toLowerCase()));

/** Nouns right before an unknown name that make it an organisation ("perusahaan rintisan
 *  Kirimaja", "emiten Sinar Laut"). */
export const ORG_CUES = set(`perusahaan startup emiten perseroan klub maskapai operator korporasi`);
/** Nouns that name a person by sex or age ("pria", "bocah"): the head of a description
 *  ("ujar pria 45 tahun itu") or of an apposition ("Ilham, bocah berusia 10 tahun"). */
export const SEX_AGE_NOUNS = set(`pria perempuan wanita lelaki kakek nenek gadis bocah lansia`);
/** Nouns that say a man (or a man's kin role) and a woman: description heads ("kata ibu dua
 *  anak itu"), marks before a name ("Pak Bambang") and after it ("Siti, seorang ibu rumah
 *  tangga"). A trade's male form ("mahasiswa", "siswa", "karyawan") is said of both sexes:
 *  not here; its female form is ("mahasiswi"). */
export const MALE_NOUNS = set(`pria lelaki laki-laki bapak pak kakek ayah suami duda pemuda`);
export const FEMALE_NOUNS = set(`perempuan wanita ibu bu nenek gadis istri janda pemudi mahasiswi siswi karyawati`);
/** Nouns of a person's role or trade in apposition after a name ("Hasnah, warga
 *  Kecamatan Binamu, …"): the name is a person's. */
export const PERSON_ROLES = set(`
  warga pedagang petani nelayan buruh sopir pengemudi penumpang mahasiswa mahasiswi siswa
  pelajar karyawan karyawati pekerja pemilik penjual pembeli pengunjung korban relawan ayah istri
  suami guru perawat bidan pensiunan peternak penambang pengrajin perajin
  pasien tersangka terdakwa pelaku saksi petugas peserta penonton pemudik konsumen investor
  warganet netizen remaja pemuda santri turis wisatawan tetangga nakhoda juragan pemandu
`);
/** Title words that Indonesian names carry too ("Lukman Hakim", "Fauzan Hakim Siregar"): after
 *  one given name they are a word of the name (actors/title-word-surname.ts). */
export const TITLE_WORDS_IN_NAMES = set(`hakim perdana`);
/** Heads of associations (organisation heads), and the trades their members share (title
 *  heads elsewhere): "Asosiasi Pengusaha Truk Indonesia", "Ikatan Wartawan …", "Paguyuban
 *  Wali Murid …" (parents, "wali", a title head in "Wali Kota"). */
export const ASSOCIATION_HEADS = set(`asosiasi gabungan ikatan persatuan himpunan perhimpunan serikat federasi perkumpulan
  komunitas paguyuban koperasi aliansi`);
/** Heads of a mass organisation's or an association's boards written out, and the levels
 *  that make them one ("Pimpinan Wilayah Muhammadiyah …", "Pengurus Daerah Ikatan …"). */
export const BOARD_HEADS = set(`pimpinan pengurus`);
export const BOARD_LEVELS = set(`pusat besar wilayah daerah cabang ranting`);
/** A central board's level, written out or short, before an organisation's name ("Pengurus
 *  Besar", "Pengurus Pusat", "PB", "PP"): one alternation for federation-board.ts and
 *  actors/board-prefix.ts. */
export const CENTRAL_BOARD_LEVEL = '(?:Pengurus (?:Besar|Pusat)|PB|PP)';
/** Sports a national federation is named for ("PB Wushu Indonesia", "Pengurus Besar Kempo
 *  Indonesia"): a central level before one of them and "Indonesia" is the federation's board;
 *  before another name it is a club's own "PB" ("PB Djarum Indonesia", a badminton club). */
export const FEDERATION_SPORTS = set(`akuatik renang wushu kempo dayung karate taekwondo judo anggar panahan atletik senam
  tinju gulat catur biliar golf tenis voli basket futsal sepakbola bulutangkis hoki softbol bisbol rugbi kriket selam
  triathlon muaythai kickboxing sambo kurash jujitsu petanque bridge dansa layar menembak angkat`);
export const MEMBER_TRADES = set(`pengusaha ${JOURNALISTS} pilot dosen peneliti analis pengamat pakar ekonom aktivis
  diplomat pemain atlet wasit manajer hakim jaksa pengacara advokat pelatih politisi wali sutradara`);
/** Words between a body and the place of its branch ("… Cabang Medan", "… Perwakilan Jawa
 *  Barat", "… Wilayah …"). */
export const COMPANY_BRANCH_WORDS = set(`cabang perwakilan wilayah`);
/** First words of a company's unit after its name: a regional division, an operating
 *  area, a main unit ("… (Persero) Daerah Operasi 3 Cirebon") ... */
export const COMPANY_UNIT_WORDS = set(`unit daerah divisi regional area`);
/** ... and their abbreviations ("KAI Daop 8", "Divre", "PLN UID", "UIW", "UP3", "ULP"), with
 *  the words the company writes in full: the unit's identity spells them out (the gold names
 *  "KAI Divre IV …" and "PLN UP3 …" so). */
export const COMPANY_UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['daop', 'Daerah Operasi'], ['divre', 'Divisi Regional'], ['uid', 'Unit Induk Distribusi'], ['uiw', 'Unit Induk Wilayah'],
  ['up3', 'Unit Pelaksana Pelayanan Pelanggan'], ['ulp', 'Unit Layanan Pelanggan'],
  // Perhutani's forest districts ("Perhutani KPH Madiun").
  ['kph', 'Kesatuan Pemangkuan Hutan'],
]);
/** Terms of address read as kinship words before a given name (TERMS_OF_ADDRESS). */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(addressTerms('kin'));
/** Kinship nouns that name a relation of the person after them at a sentence start
 *  ("Ayah Ilham, Junaidi, …": Ilham's father), never a first name. Not "Ibu" or "Bapak",
 *  which are also terms of address ("Ibu Ani": ADDRESS_TERMS). */
export const KINSHIP_NOUNS = set(`ayah ayahanda ibunda kakak adik istri suami paman bibi kakek nenek`);

/** Words before a title that make its holder a former one ("mantan Ketua KPK", "eks
 *  Kapolda"): no description or office of their own (definite-subject.ts), and a title after
 *  them names another holder than the office's present one (headline-colon-speaker.ts). */
export const FORMER_WORDS = set(`mantan eks`);
/** Numbered parts of a law or a document ("Pasal 27 Ayat (3)", "huruf (a)"): never a name
 *  before a number in brackets. */
export const LEGAL_PARTS = set(`ayat butir huruf angka bab pasal paragraf lampiran`);
/** Common nouns that stand before a person's name at a sentence start ("Agensi Han Seo-yeon
 *  menyatakan …", "Keluarga …"): no word of the name. (What a person did or went through,
 *  "Prestasi Dewi menunjukkan …", dev d381.) */
export const NOUNS_BEFORE_NAMES = set(`agensi manajemen keluarga kubu tim pihak kuasa rekan label kantor
  prestasi penampilan kemenangan kekalahan kepergian kedatangan kehadiran kematian karier`);
/** First names written short by custom ("Cok" for "Cokorda", "Moh." for "Mohammad"); a
 *  first word ending in a dot is one too. */
export const SHORT_FIRST_NAMES = set(`cok moh muh mhd moch abd`);
/** Given names (and their short forms) that a person's full name carries before the name
 *  they go by ("Muhammad Tito Karnavian", "Andi Amran Sulaiman", "Raden …"): before a known
 *  full name they are that person's, not a namesake's (actors/kb-surname-namesake.ts). */
export const FULL_NAME_PREFIXES = set(`muhammad mohammad mohamad muhamad mochammad mochamad ahmad achmad abdul andi raden teuku tengku
  haji hajah ${[...SHORT_FIRST_NAMES].join(' ')}`);
/** Words right before an outlet that carries someone's statement ("seperti dikutip
 *  Antara", "dilansir Reuters"); "kepada" and "dari" only count after such a cue. */
export const OUTLET_CUES = set(`dikutip dilansir melansir mengutip`);
/** Titles of a region's head: "Bupati Banjarnegara, Amalia …" names the region. */
export const REGION_HEAD_TITLES = set(`bupati gubernur walikota`);

/** Words after "nilai" that make it the noun "value" ("Nilai Tukar Rupiah …", "Nilai Impor
 *  Gula …"), not the headline verb "menilai" ("Bupati X Nilai Anggaran Sudah …"). */
export const VALUE_NOUN_COMPLEMENTS = set(`tukar ekspor impor investasi transaksi kerugian jual beli aset produksi
  perdagangan penjualan pembelian kontrak proyek saham`);

/** Last words of event and competition names: the run is an event, no actor ("High Level
 *  Meeting", "Super League": a league is the competition, as "Liga" is; "Grand Prix"). */
export const EVENT_TAILS = set(`meeting summit conference forum dialogue expo festival week awards games cup championship symposium retreat league prix`);
/** Last words of an app's or product's name ("Kasira Pay Later", "Kasira POS", "Kasira
 *  Insight"): a brand's product is no actor (spec: platforms and apps), the brand is. */
export const PRODUCT_TAILS = set(`later paylater pos insight app apps`);
/** Last words of a venue's English name ("Nimibutr Stadium", "Chang International
 *  Circuit"): a facility, no actor (as "Stadion …", "Sirkuit …" by their heads). */
export const FACILITY_TAILS = set(`stadium arena circuit`);
/** The compass points (and the centre) that end a place's name, with the English word that
 *  opens the English title of a place so named ("Kivu Utara" → "North Kivu"). */
export const COMPASS_POINTS: ReadonlyMap<string, string> = new Map([['Utara', 'North'], ['Selatan', 'South'], ['Timur', 'East'], ['Barat', 'West'], ['Tengah', 'Central']]);
/** Compass directions ending a place name ("Toraja Utara", "Sumba Barat Daya"). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set([...COMPASS_POINTS.keys(), 'Tenggara', 'Laut', 'Daya']);

/** Words of the open waters, named after a place ("Laut China Selatan", "Selat Malaka", "Teluk
 *  Palu", "Samudra Hindia"): a water body, no actor, and no mention of the place. The sea rules
 *  (actors/rules/sea-name.ts, headline-sea-name.ts) read them; with the inland features they
 *  are the natural features' heads (actors/feature-named-after-place.ts) and the geographic
 *  heads companies are named after (actors/rules/non-actor-head.ts). */
export const SEA_WORDS: readonly string[] = ['laut', 'selat', 'teluk', 'samudra', 'samudera'];
/** Inland features' heads, named after a place as the seas are ("Sungai Mahakam", "Danau Toba",
 *  "Gunung Merapi", "Lembah Baliem"). */
export const INLAND_FEATURE_WORDS: readonly string[] = ['sungai', 'danau', 'gunung', 'lembah'];

/** National team heads ("Timnas Indonesia U-23"). */
export const TEAM_HEADS = set(`timnas`);

/** First words of a Romance-language body's name: universities, companies, banks,
 *  foundations, parties, associations, councils (actors/rules/romance-body-name.ts). */
export const ROMANCE_BODY_HEADS: ReadonlySet<string> = new Set([
  'universidad', 'universidade', 'université', 'università', 'société', 'sociedad', 'sociedade', 'compagnie', 'compañía',
  'companhia', 'banco', 'banque', 'empresa', 'fundación', 'fundação', 'instituto', 'partido', 'asociación', 'associação',
  'confederación', 'corporación', 'consejo', 'conselho', 'conseil', 'comisión', 'ministerio', 'ministério', 'agence',
  'groupement', 'syndicat', 'sindicato', 'fédération', 'federación', 'confédération',
  // a French-model state utility ("Électricité du Laos") and a Spanish mining company
  // ("Minera Escondida"), typed a person or cut at "du" before (dev d491, d493)
  'électricité', 'minera',
]);

/** English heads of bodies both read ways below, the one list of them. */
const ENGLISH_BODY_HEADS_BOTH = ['committee', 'council', 'commission', 'association', 'federation'];
/** English heads of bodies that take their modifiers before them ("National Paralympic
 *  Committee": actors/rules/english-modified-body.ts); "Forum" too ("… Policy Forum",
 *  "… Exporters Forum": a think tank's or a trade group's name, cut before "Forum" and read
 *  as a person's before; dev d397, d448). */
export const ENGLISH_BODY_HEADS: ReadonlySet<string> = new Set([...ENGLISH_BODY_HEADS_BOTH, 'agency', 'authority', 'bureau', 'board', 'forum',
  'ministry', 'department']);
/** English heads that open a body's name before its connector ("Center for Industrial Policy
 *  Studies", "Institute for Development of Economics and Finance"): such a run is a body
 *  without an acronym after it too (actors/rules/english-body-name.ts; dev d367). */
export const ENGLISH_OPENING_BODY_HEADS: ReadonlySet<string> = new Set([...ENGLISH_BODY_HEADS_BOTH, 'center', 'centre', 'institute',
  'foundation', 'society']);

/** Cue words placed after a quote or before the speaker ("…,” kata Peskov). With the
 *  suffix -nya they point back to the last speaker ("katanya"). The last line are the
 *  cues of feeling that features and resident interviews use as often as "kata"
 *  ("…,” keluh Karsono", "kisahnya", "harapnya", "sesalnya", "kelakar Wayan"); the
 *  very last those of a debate's interruptions ("…,” potong Melati", "sela hakim"). */
export const POST_CUES = set(`
  kata ujar ucap ungkap tutur jelas tegas tambah imbuh sebut lanjut cuit tulis kicau
  pungkas papar terang seru sambung timpal tandas aku klaim jawab tanya ingat pesan
  sergah sahut bilang katakan tukas kilah beber sindir cetus seloroh kenang urai
  tutup kejar tanggap balas pinta
  keluh kisah cerita harap sesal kelakar canda
  potong sela
`);

/** Verbs (and the phrase) that report a person asking someone ("bertanya", "menanyakan",
 *  "menanyai", "mengajukan pertanyaan"): the one owner of the question verbs that
 *  answer-turns.ts, unnamed-questions.ts and question-addressee.ts read, each adding
 *  its own extras in sight ("mencecar", "mempertanyakan"). */
export const ASKING_VERBS: readonly string[] = ['bertanya', 'menanyakan', 'menanyai'];
export const ASKING_PHRASES: readonly string[] = ['mengajukan pertanyaan'];

/** Reporting verbs whose subject is the speaker ("Kremlin mengatakan “…”"). */
export const SPEECH_VERBS = set(`
  mengatakan menyatakan menegaskan memperingatkan menambahkan mengklaim menjelaskan
  mengungkapkan menuturkan menyebut menyebutkan berkata bilang menulis mencuit mengungkap
  menekankan menilai mengingatkan menyampaikan mengumumkan menandaskan mengaku membantah
  mencatat melaporkan menggambarkan mendeskripsikan menyebutnya bertanya menanyakan
  menjawab menanggapi mengeluhkan memuji mengkritik menyerukan menuduh mengancam
  mengimbau mengajak berharap mengakui bersikeras berpendapat berujar bertutur berucap
  berseru menerangkan memaparkan menguraikan meminta mendesak berjanji menolak
  memastikan menyoroti menggarisbawahi menuliskan mengutip mengutarakan mengisyaratkan
  menganggap menduga memperkirakan memprediksi mengemukakan menceritakan berkomentar
  mengomentari menyinggung menepis menampik menyangkal mengecam mengutuk menyambut
  menyebutkan mengingatkannya mempertanyakan bercerita berpesan menjanjikan mengusulkan
  menyarankan menawarkan menuntut berterima mengeluarkan merilis
  memandang meyakini menuding menyimpulkan mengonfirmasi membenarkan menyayangkan
  menyesalkan mengenang berdalih mengunggah
  menyela menimpali menyahut
  says said told warned added claimed stated wrote
`);

/** Narrow speech verbs used to type an unknown name as a person ("X mengatakan"). */
export const PERSON_SPEECH_VERBS = SPEECH_VERBS;

/** Words right after a cue that mean an unnamed source: no speaker is named ("sebuah"
 *  counts things: "tulis sebuah akun di bagian komentar", "kata sebuah sumber"; unless a
 *  name follows it closely, "tulis sebuah laporan Bank Indonesia": attribution.ts). */
export const ANONYMOUS_SOURCE = set(`
  seorang sumber salah para sejumlah beberapa pejabat laporan pernyataan
  pihak kantor media outlet analis pengamat pakar warga banyak sebuah
`);

/** Adverbs that may stand between a subject and its verb ("Peskov juga mengatakan",
 *  "Robles kembali menegaskan": issue 13, speakers). */
export const VERB_ADVERBS = set(`juga pun lalu kemudian sebelumnya kembali sempat bahkan lantas akhirnya tetap
  sudah telah hanya justru langsung`);

/** Words that count or quantify a common noun (QUANTIFYING_WORDS): before an acronym they
 *  make it a kind of thing, no named body (actors/generic-acronym.ts); before a unit of
 *  time, an adjunct that may open a content (reported/content-adjunct.ts). */
export const QUANTIFIERS = set(QUANTIFYING_WORDS);

/** Units and counted nouns a number measures ("3 hari", "2 periode", "24 jam", "5 orang"):
 *  a number before one of them counts, it numbers no code ("Kantor PWI 3 hari tutup" keeps
 *  PWI, while "GA 123 tujuan Makassar" is a flight; actors/generic-acronym.ts). */
export const MEASURE_UNITS = set(`${TIME_UNITS.join(' ')} kali orang periode unit buah persen
  kursi lembar ekor kg ton km meter liter hektare ha`);

/** Pronouns that make a reporting verb's subject anaphoric ("Dia mengatakan"). */
export const SUBJECT_PRONOUNS = set(`ia dia beliau`);

// The lists the rules ask of words read in place, in the text (see LowerWordSet): asked
// for most mentions and for the words around every quote.
export const SPEECH_VERB_WORDS = new LowerWordSet(SPEECH_VERBS);
export const POST_CUE_WORDS = new LowerWordSet(POST_CUES);
export const SUBJECT_PRONOUN_WORDS = new LowerWordSet(SUBJECT_PRONOUNS);
export const TITLE_HEAD_WORDS = new LowerWordSet(TITLE_HEADS);
/** Words that carry a title on after its head ("Luar", "Negeri"), read in place. */
export const TITLE_WORD_WORDS = new LowerWordSet(TITLE_WORDS);
/** "Mentan", "Menhut": ministers' short titles, read in place. */
export const MINISTER_SHORT_TITLE_WORDS = new LowerWordSet(set(MINISTER_SHORT_TITLES));
export const ANONYMOUS_SOURCE_WORDS = new LowerWordSet(ANONYMOUS_SOURCE);
/** Before a place an actor is from or at, not the subject: "Pedagang di Jakarta menyebut", "Rinaldi dari Bandung mengatakan". */
export const PLACE_PREPOSITION_WORDS = new LowerWordSet(['di', 'dari', 'ke', 'asal']);
export const PLACE_CUE_WORDS = new LowerWordSet(PLACE_CUES);
/** Nouns of places a role phrase may close with a demonstrative ("seorang pembudidaya udang
 *  di provinsi itu, X,": actors/person-apposed-to-role.ts): a place's kind (PLACE_PREFIXES),
 *  the village's and the district's, a region, a country, an island, an area. */
export const PLACE_NOUN_WORDS = new LowerWordSet([...PLACE_PREFIXES, ...set(`desa kelurahan kampung dusun kecamatan daerah negara negeri pulau kawasan`)]);
export const VERB_ADVERB_WORDS = new LowerWordSet(VERB_ADVERBS);
export const QUANTIFIER_WORDS = new LowerWordSet(QUANTIFIERS);
/** The numbers in words ("termasuk tiga besar": reported/clause.ts). */
export const NUMBER_WORDS = new LowerWordSet(set(NUMBERS_IN_WORDS));
export const MEASURE_UNIT_WORDS = new LowerWordSet(MEASURE_UNITS);
export const ORG_CUE_WORDS = new LowerWordSet(ORG_CUES);
export const REGION_HEAD_TITLE_WORDS = new LowerWordSet(REGION_HEAD_TITLES);
export const OUTLET_CUE_WORDS = new LowerWordSet(OUTLET_CUES);
export const PERSON_ROLE_WORDS = new LowerWordSet(PERSON_ROLES);
export const ASSOCIATION_HEAD_WORDS = new LowerWordSet(ASSOCIATION_HEADS);
export const SENTENCE_STARTER_WORDS = new LowerWordSet(COMMON_SENTENCE_STARTERS);
export const MEMBER_TRADE_WORDS = new LowerWordSet(MEMBER_TRADES);
export const NOUNS_BEFORE_NAME_WORDS = new LowerWordSet(NOUNS_BEFORE_NAMES);
/** The words that join the items of a list ("obligasi dan MTN", "KPU atau Bawaslu", "X, Y serta
 *  Z"). Not reported/joiners.ts COORDINATOR_WORDS: those join a clause to another ("lalu",
 *  "namun", "sambil"), and "atau" offers a choice between things, never a second event. */
export const LIST_JOINER_WORDS = new LowerWordSet(['dan', 'atau', 'serta']);
/** Lower-case words right before an unknown acronym that make it an actor (with the lists of
 *  titles, roles, trades, body nouns and reporting cues; actors/acronym-evidence.ts): the
 *  prepositions of an addressee, a source, an agent, a party or a partner ("kepada ABC", "dari
 *  PDAM", "oleh KSOP", "antara X dan Y", "dengan SGB", "milik PT …"); the conjunctions that open
 *  a clause the acronym is the subject of ("bahwa APGI …"); the nouns of an outlet ("stasiun
 *  radio RFI") and of a body's seat, voice and acts ("markas", "kampus", "laman resmi",
 *  "putusan", "usulan", "rekomendasi"), as the gold's organisation acronyms stand after them.
 *  Titles ("ketua", "anggota", "kapten") are TITLE_HEADS', and "kantor" (a news agency's "kantor
 *  berita") is NOUNS_BEFORE_NAMES': acronym-evidence.ts asks those lists too. ("harian" and
 *  "sementara", also TITLE_WORDS, are here as a daily paper and a conjunction.) */
export const ACRONYM_BODY_CUE_WORDS = new LowerWordSet(set(`kepada oleh dari bersama antara menurut versi terhadap melawan
  dengan untuk bagi milik
  bahwa sedangkan sementara agar supaya karena ketika jika kalau
  radio televisi stasiun harian koran majalah situs portal berita
  markas kampus gedung laman akun resmi putusan keputusan rekomendasi usulan saran proposal laporan investigasi
  kebijakan pernyataan keterangan sikap`));
/** Common nouns for people by role or trade ("Mahasiswa", "Petani", "Peneliti"): at a
 *  sentence start one of these alone is the noun, not a name. */
export const PERSON_NOUN_WORDS = new LowerWordSet([...PERSON_ROLES, ...MEMBER_TRADES]);
/** Lower-case words that look like prefixed verbs (me-, ber-, ter-, di-) but are nouns,
 *  quantifiers, demonstratives or prepositions ("tersebut", "terkait", "berikut", "bersama"):
 *  reported/clause.ts's predicates, actors/acronym-evidence.ts's verbs after an acronym. */
export const PREFIXED_NOT_VERB_WORDS = new LowerWordSet([
  'mereka', 'menteri', 'direktur', 'dinas', 'diskusi', 'demokrasi', 'diplomat', 'diplomasi', 'bersama', 'berbagai',
  'beberapa', 'terminal', 'teroris', 'terorisme', 'terutama', 'termasuk', 'terkait', 'berita', 'medis', 'media',
  'metode', 'meter', 'mesin', 'menit', 'menara', 'merek', 'derajat', 'disiplin', 'direksi', 'dividen', 'bentuk',
  'benua', 'berkas', 'terakhir', 'tertentu', 'teritorial', 'mengenai', 'menjelang', 'menuju', 'menurut', 'mendatang',
  'belakangan', 'berikut', 'terhadap', 'tersebut', 'diri', 'dirinya', 'terdakwa', 'tersangka', 'terpidana', 'tergugat', 'terlapor',
  'melalui', 'memang',
]);

/** Demonstratives after a noun that point back ("dinas tersebut", "perusahaan itu"). */
export const DEMONSTRATIVE_WORDS = new LowerWordSet(['itu', 'ini', 'tersebut']);
/** States and changes a possessed root noun in "-an" takes as its predicate ("tagihannya
 *  naik", "jualannya habis", "tabungannya hilang": reported/clause.ts). Prefixed ones
 *  ("melonjak", "bertambah") are read by their prefix, which reads lower-case words only:
 *  "bertambah" and "berkurang" are listed so that they are read in capitals too
 *  ("TAGIHANNYA BERTAMBAH"). */
export const POSSESSED_STATE_WORDS = new LowerWordSet(['naik', 'turun', 'habis', 'hilang', 'anjlok', 'jatuh', 'merosot', 'bertambah', 'berkurang']);
/** Head words of state bodies (a police force, a court, a commission, a ministry, an army):
 *  never what "perusahaan itu" points back to. "Kepolisian Kenya menyelidiki Kalindo ….
 *  Perusahaan itu menyatakan …" is Kalindo's, which the sentence's opener is not
 *  (reported/demonstrative-body.ts). */
export const STATE_BODY_HEAD_WORDS = new LowerWordSet(['kementerian', 'kepolisian', 'polisi', 'polri', 'polda', 'polres', 'polsek', 'kejaksaan', 'pengadilan',
  'mahkamah', 'komisi', 'tentara', 'angkatan', 'militer', 'tni', 'pemerintah', 'dewan', 'parlemen', 'badan']);
/** Heads of universities and academies ("Universitas …", "Institut …", "Politeknik …"),
 *  lower case: many are named after people ("Universitas Sam Ratulangi"). */
export const UNIVERSITY_HEADS: readonly string[] = ['universitas', 'universiti', 'institut', 'politeknik', 'akademi', 'university', 'institute'];
/** Words that qualify a people noun ("Guru Honorer", "Pekerja Migran", "Pemain Asing"): the
 *  two words opening a sentence are that group of people, no name. */
export const PEOPLE_QUALIFIER_WORDS = new LowerWordSet(set(`
  honorer migran muda asing lokal setempat senior junior kontrak swasta milenial lansia difabel
  disabilitas sukarela adat perempuan
`));

/** Heads of groups named by common words wishing them well ("Kelompok Tani Karya Bersama",
 *  "Koperasi Produsen Tani Maju Bersama", "Paguyuban Sido Rukun"): where such a name ends
 *  and its head's name begins, the words cannot tell (org-holder-split.ts,
 *  actors/holder-in-apposition.ts). */
export const WORD_NAMED_GROUP_HEADS = set(`kelompok koperasi gapoktan poktan paguyuban sanggar gabungan perkumpulan komunitas kub kud kopontren`);
