// The short heads regional news writes for a regional government's bodies ("Pemkab",
// "DPRD", "Dinkes", "Distan") and the names they stand for: the one list of them.
// regional-names.ts reads a body's identity from it; lexicon.ts takes the dinas heads into
// ORG_HEADS from it. A leaf module (no imports), so the lexicon can read it without a cycle.

/** Short heads of regional government bodies and what they stand for (org-short-forms.ts
 *  keeps its own, NATIONAL_SHORT_HEADS: heads read back to a full name in the article). */
export const REGIONAL_SHORT_HEADS: ReadonlyMap<string, string> = new Map([
  ['DPRD', 'Dewan Perwakilan Rakyat Daerah'], ['Pemprov', 'Pemerintah Provinsi'], ['Pemkab', 'Pemerintah Kabupaten'],
  ['Pemkot', 'Pemerintah Kota'], ['Dinkes', 'Dinas Kesehatan'], ['Disdik', 'Dinas Pendidikan'], ['Dishub', 'Dinas Perhubungan'],
  ['Dinsos', 'Dinas Sosial'], ['Disnaker', 'Dinas Tenaga Kerja'], ['Diskominfo', 'Dinas Komunikasi dan Informatika'],
  ['LBH', 'Lembaga Bantuan Hukum'],
  // Agencies every province, regency and city has, in disaster, budget and permit news
  // ("BPBD Garut", "Bapenda Batu Bara", "DLH Sleman").
  ['BPBD', 'Badan Penanggulangan Bencana Daerah'], ['Bappeda', 'Badan Perencanaan Pembangunan Daerah'],
  ['Bapenda', 'Badan Pendapatan Daerah'], ['DLH', 'Dinas Lingkungan Hidup'], ['Disperindag', 'Dinas Perindustrian dan Perdagangan'],
  ['Disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'],
  // Youth-and-sports and tourism offices, in regional sport and travel news ("Dispora Kalbar").
  ['Dispora', 'Dinas Pemuda dan Olahraga'], ['Dispar', 'Dinas Pariwisata'], ['Disnakertrans', 'Dinas Tenaga Kerja dan Transmigrasi'],
  // Farming, livestock, fisheries, culture, housing, library, permit and forestry offices, in
  // harvest, animal-disease, catch and permit news ("Distan Ngawi", "Disnakkan Blitar", "Diskan
  // Jember"). Not "DKP": a marine-fisheries and a food-security office both write it.
  ['Distan', 'Dinas Pertanian'], ['Dispertan', 'Dinas Pertanian'], ['Disnak', 'Dinas Peternakan'],
  ['Disnakkan', 'Dinas Peternakan dan Perikanan'], ['Diskan', 'Dinas Perikanan'], ['Disbun', 'Dinas Perkebunan'],
  ['Dishut', 'Dinas Kehutanan'], ['Disbudpar', 'Dinas Kebudayaan dan Pariwisata'], ['Disdikbud', 'Dinas Pendidikan dan Kebudayaan'],
  ['Disperkim', 'Dinas Perumahan dan Kawasan Permukiman'], ['Dispusip', 'Dinas Perpustakaan dan Kearsipan'],
  ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'], ['DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
  // The narcotics agency's provincial and regency offices ("BNNP Kepri", "BNNK Bintan").
  ['BNNP', 'Badan Narkotika Nasional Provinsi'], ['BNNK', 'Badan Narkotika Nasional'],
  // The Ombudsman's regional offices are "Perwakilan <province>" ("Ombudsman Sulsel").
  ['Ombudsman', 'Ombudsman Republik Indonesia Perwakilan'],
  // A football association's provincial body, named in full ("Asprov PSSI Malut").
  ['Asprov', 'Asosiasi Provinsi'],
  // Nature-conservation offices are named for their province as written ("BBKSDA Riau").
  ['BBKSDA', 'Balai Besar Konservasi Sumber Daya Alam'], ['BKSDA', 'Balai Konservasi Sumber Daya Alam'],
  // Courts and prosecutors' offices are named for their seat ("PTUN Jayapura Batalkan …").
  ['PTUN', 'Pengadilan Tata Usaha Negara'], ['PN', 'Pengadilan Negeri'], ['Kejari', 'Kejaksaan Negeri'], ['Kejati', 'Kejaksaan Tinggi'],
]);
