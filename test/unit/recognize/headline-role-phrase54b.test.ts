// A headline statement whose subject is a role, not a name (speakers54b; the kind in four
// readable batches: dev d425, d430, d443, d459, d462 …): a verb after a comma with no subject
// of its own shares the first clause's ("Pencipta Lagu … Gugat Label, Sebut <clause>"); a role
// of two words names the one person the body introduces with both (headline-role-holder.ts's
// rolePhraseHolder); a crew member's "ABK Sebut …" is the witness whose words the headline
// sums up (headline-role-by-content.ts). Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const speakerOf = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

const SONG = 'Pencipta Lagu "Hujan di Bukit" Gugat Label, Sebut Royalti Digital Tak Pernah Dibayar';
const COUNSEL = '\n\nKuasa hukumnya, Yosef Harianja, mengatakan royalti digital tidak pernah dibayar sejak 2022.';

describe('a headline role of two words and a subject shared over a comma (headline-verb-speaker.ts)', () => {
  it('"<Role> … Gugat X, Sebut <clause>": the one person the body introduces with the role', () => {
    const text = SONG + '\n\nJAKARTA - Pencipta lagu Dewi Anggraeni menggugat labelnya ke pengadilan niaga.' + COUNSEL;
    assert.equal(speakerOf(text, 'Royalti Digital Tak Pernah Dibayar'), 'Dewi Anggraeni');
  });
  it('"<Role> <Role> Sebut <clause>" without a comma: the same holder', () => {
    const text = 'Pencipta Lagu Sebut Royalti Digital Tak Pernah Dibayar\n\nJAKARTA - Pencipta lagu Dewi Anggraeni menggugat labelnya ke pengadilan niaga.' + COUNSEL;
    assert.equal(speakerOf(text, 'Royalti Digital Tak Pernah Dibayar'), 'Dewi Anggraeni');
  });
  it('guard: a role the body writes as a group names no one', () => {
    const text = SONG + '\n\nJAKARTA - Sejumlah pencipta lagu menggugat label ke pengadilan niaga. Salah satunya, pencipta lagu Dewi Anggraeni, menulis di Instagram.' + COUNSEL;
    assert.equal(speakerOf(text, 'Royalti Digital Tak Pernah Dibayar'), undefined);
  });
  it('guard: a group opening the first clause gives the shared verb no speaker ("Petani Gugat …, Sebut …")', () => {
    const text = 'Petani Gugat Pabrik Gula, Sebut Rendemen Sengaja Diturunkan\n\nKEDIRI - Ratusan petani tebu menggugat pabrik gula. Ketua kelompok tani, Sarmidi, mengatakan rendemen sengaja diturunkan.';
    assert.equal(speakerOf(text, 'Rendemen Sengaja Diturunkan'), undefined);
  });
  it('"…, ABK Sebut <clause>" at a trial: the crew member whose testimony the headline sums up', () => {
    const text = 'Sidang Bom Ikan di PN Selayar, ABK Sebut Kapten Sembunyikan Detonator di Palka\n\nSELAYAR - Pengadilan Negeri Selayar menggelar sidang perkara bom ikan dengan terdakwa kapten KM Harapan Jaya, Baso Tutu. Jaksa menghadirkan juru masak kapal itu, Arman Daeng Sila, sebagai saksi.'
      + '\n\nHakim: "Saudara tahu di mana detonator disimpan?"\n\nSaksi: "Tahu, Yang Mulia. Kapten sembunyikan detonator di palka depan, dibungkus plastik."'
      + '\n\nPenasihat hukum terdakwa, Rahmat Sulle, menilai keterangan saksi tidak konsisten.';
    assert.equal(speakerOf(text, 'Kapten Sembunyikan Detonator di Palka'), 'Arman Daeng Sila');
  });
  it('guard: a crew counted as a group gives the headline no speaker', () => {
    const text = 'Kapal Pukat Ditangkap di Arafura, ABK Sebut Kapten Matikan Lampu Kapal\n\nTUAL - Kapal pengawas menangkap kapal pukat di Laut Arafura. Puluhan ABK kapal itu dibawa ke pangkalan.'
      + '\n\nSalah seorang ABK, Arman Daeng Sila, mengatakan kapten mematikan lampu kapal sebelum jaring diturunkan.';
    assert.equal(speakerOf(text, 'Kapten Matikan Lampu Kapal'), undefined);
  });
});
