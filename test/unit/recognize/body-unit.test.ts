import assert from 'node:assert/strict';
import { bodyUnitCanonical } from '../../../src/core/recognize/body-unit';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';

describe('bodyUnitCanonical (a committee of a body the KB knows by its acronym)', () => {
  const kb = defaultKbIndex();
  it('names the committee with the body\'s official name, a short head written out', () => {
    assert.equal(bodyUnitCanonical('Komite Disiplin PSSI', kb), 'Komite Disiplin Persatuan Sepak Bola Seluruh Indonesia');
    assert.equal(bodyUnitCanonical('Komdis PSSI', kb), 'Komite Disiplin Persatuan Sepak Bola Seluruh Indonesia');
    assert.equal(bodyUnitCanonical('Badan Anggaran DPR', kb), 'Badan Anggaran Dewan Perwakilan Rakyat');
  });
  it('leaves research centres, unknown acronyms and places alone', () => {
    assert.equal(bodyUnitCanonical('Pusat Riset Antariksa BRIN', kb), undefined);
    assert.equal(bodyUnitCanonical('Komite Sekolah XYZQ', kb), undefined);
    assert.equal(bodyUnitCanonical('Dewan Kota AS', kb), undefined);
  });
});
