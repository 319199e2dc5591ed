// Issue 13 (recogB37): how Indonesian news writes titles before names and the names of
// offices: a village head's title with the village and the name in apposition, short office
// titles written as one word, a name right after a rank, committees named for a trade, a
// port's joint office, a club's short form before its coach, a team word inside a team's name (own sentences,
// fictional people).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as linked, quoteSpeakers as speakers } from './helpers';
import { isShortOfficeTitle } from '../../../src/core/recognize/short-office-titles';
import { villageHeadRoleBefore } from '../../../src/core/recognize/village-head-role';
import { clubShortName } from '../../../src/core/recognize/club-short-name';

describe('titles and names (recogB37)', () => {
  describe('a village head with the village and the name in apposition', () => {
    it('skips the village when the name closes the sentence, and gives the quote to the head', () => {
      assert.deepEqual(linked('Kabar itu dibenarkan Kepala Desa Sukamaju, Darmin. Ia meminta warga tenang.'), ['Darmin/PER']);
      assert.deepEqual(linked('"Air sudah mengalir," kata Kepala Desa Lembahsari, Warsito.'), ['Warsito/PER']);
      assert.deepEqual(speakers('"Air sudah mengalir," kata Kepala Desa Lembahsari, Warsito.'), ['Warsito']);
      assert.deepEqual(speakers('"Jalan itu rusak," ujar Camat Tanjungrejo, Sutrisno Hadi, saat ditemui.'), ['Sutrisno Hadi']);
    });
    it('keeps the head\'s own name before a weekday, and an initial is no sentence end', () => {
      assert.deepEqual(linked('"Air sudah mengalir," kata Kepala Desa Warsito, Senin.'), ['Warsito/PER']);
      assert.deepEqual(linked('Surat itu diteken Kepala Desa Warsito, S.E.'), ['Warsito/PER']);
    });
    it('finds the role from the title to the comma only', () => {
      const p = 'kata Kepala Desa Batu Ampar, Sukri.';
      assert.equal(villageHeadRoleBefore(p, 4, p.indexOf(',')), true);
      assert.equal(villageHeadRoleBefore('kata Kepala Dinas Kesehatan, Sukri.', 4, 28), false);
    });
  });

  describe('short office titles', () => {
    it('recognises a head\'s prefix joined to a unit', () => {
      for (const w of ['kalak', 'dirreskrimsus', 'kasatresnarkoba', 'wadirlantas', 'kabidhumas', 'dandim', 'danlanal', 'pangdam']) assert.equal(isShortOfficeTitle(w), true, w);
      for (const w of ['kalah', 'kasus', 'kasih', 'dirham', 'dandan', 'kares']) assert.equal(isShortOfficeTitle(w), false, w);
    });
    it('types no short title as a person', () => {
      assert.deepEqual(linked('Kalak BPBD Klaten Sri Winoto mengatakan logistik cukup.').map((s) => s.split('/')[0]).includes('Kalak'), false);
      assert.deepEqual(linked('Wadirlantas Polda Riau AKBP Joko Santoso meninjau jalan itu.').includes('Wadirlantas/PER'), false);
      assert.ok(linked('Wadirlantas Polda Riau AKBP Joko Santoso meninjau jalan itu.').includes('Joko Santoso/PER'));
    });
  });

  describe('a name right after a rank', () => {
    it('runs over common words that would end an unknown name elsewhere', () => {
      assert.ok(linked('Kapolda Irjen Pol Ribut Hari Wibowo meninjau lokasi.').includes('Ribut Hari Wibowo/PER'));
      assert.ok(linked('Dandim Letkol Inf Slamet Hari Purnomo hadir.').includes('Slamet Hari Purnomo/PER'));
    });
    it('still ends at an event named after the name', () => {
      assert.deepEqual(linked('Brigjen Pol Agus Hari Santoso berbicara pada Hari Bhayangkara.'), ['Agus Hari Santoso/PER']);
    });
  });

  describe('a committee named for a trade', () => {
    it('keeps the trade word inside the committee\'s name', () => {
      assert.ok(linked('Komite Wasit PSSI akan memeriksa rekaman laga itu.').includes('Komite Wasit PSSI/ORG'));
    });
    it('leaves the trade word a title where no name of the body follows', () => {
      assert.ok(linked('Komite memanggil Wasit Rudi Hartono.').includes('Rudi Hartono/PER'));
    });
  });

  describe('a port\'s joint office', () => {
    it('joins the harbour master and the port authority across "dan"', () => {
      assert.deepEqual(linked('Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tegal menutup pelabuhan.'),
        ['Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tegal/ORG']);
      assert.equal(analyze('Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tegal menutup pelabuhan.').actors[0].canonical,
        'Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tegal');
    });
    it('keeps a known authority a body of its own', () => {
      assert.deepEqual(linked('Kantor Imigrasi dan Otoritas Jasa Keuangan menggelar sosialisasi.'), ['Kantor Imigrasi/ORG', 'Otoritas Jasa Keuangan/ORG']);
    });
  });

  describe('a club\'s short form before its coach', () => {
    it('cuts the club off the person when the article names it with "FC"', () => {
      const t = 'Persada FC menang 2-1 atas tamunya.\n\n"Kami siap," kata pelatih Persada Rolando Mireles usai laga.';
      assert.ok(linked(t).includes('Rolando Mireles/PER'));
      assert.deepEqual(speakers(t), ['Rolando Mireles']);
    });
    it('ends a club at its tail before the person named after it in the same run', () => {
      const p = '"Kami siap," kata manajer Garuda United Carlos Ferreira usai laga.';
      assert.deepEqual(linked(p), ['Garuda United/ORG', 'Carlos Ferreira/PER']);
      assert.deepEqual(speakers(p), ['Carlos Ferreira']);
      assert.deepEqual(linked('Manchester United Football Club berdiri pada 1878.'), ['Manchester United Football Club/ORG']);
    });
    it('reads the short form of a club name', () => {
      assert.equal(clubShortName('Arema FC'), 'Arema');
      assert.equal(clubShortName('Bintang Timur F.C.'), 'Bintang Timur');
      assert.equal(clubShortName('FC Porto'), null);
      assert.equal(clubShortName('Madura United'), null);
    });
  });

  describe('a racing or cycling team named with a team word', () => {
    it('reads the run as the team, also after a rider\'s title', () => {
      assert.deepEqual(linked('Pembalap Garuda Team Asia itu start dari posisi ke-12.'), ['Garuda Team Asia/ORG']);
      assert.ok(linked('Rudi Hartono dari Nusantara Pro Cycling finis ketujuh.').includes('Nusantara Pro Cycling/ORG'));
    });
    it('leaves a person\'s name alone', () => {
      assert.deepEqual(linked('Pembalap Rudi Hartono finis ketujuh.'), ['Rudi Hartono/PER']);
    });
  });
});
