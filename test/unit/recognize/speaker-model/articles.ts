// Made-up articles of the speaker-model tests (no corpus sentence).

/** A transport official quoted, then a new person introduced as a paragraph's subject with
 *  a verb the rules do not read as a turn ("pula berharap"), then "katanya". */
export const TRUCK_ROUTE = [
  'Jalur truk Lembar dibuka lagi pekan depan',
  '',
  'MATARAM - Kepala Dinas Perhubungan Kota Mataram Budi Santoso mengatakan jalur truk menuju Pelabuhan Lembar dibuka lagi pekan depan setelah perbaikan jembatan.',
  '',
  '"Kami sudah memeriksa jembatan itu dua kali. Bebannya aman," katanya di Mataram, Senin.',
  '',
  'Ketua Organda Mataram, Wayan Sudarta, pula berharap pemerintah menambah lahan parkir truk di dekat pelabuhan.',
  '',
  '"Sopir kami sering tidur di kabin dua malam menunggu kapal. Itu berbahaya," katanya ketika dihubungi.',
].join('\n');

/** An official quoted on chili prices; `then` are the paragraphs after. */
export function chiliPrices(...then: string[]): string {
  return [
    'Harga cabai naik di Pasar Cakranegara',
    '',
    'MATARAM - Kepala Dinas Perdagangan Kota Mataram Budi Santoso mengatakan harga cabai rawit naik menjadi Rp80.000 per kilogram.',
    '',
    '"Pasokan dari Lombok Timur berkurang karena hujan," katanya.',
    ...then.flatMap((p) => ['', p]),
  ].join('\n');
}
