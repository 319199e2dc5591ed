// What a researcher types in "Set Article Outlet and Date…": dates in the forms
// Indonesian pages print them become YYYY-MM-DD; impossible and unreadable ones are
// refused with the reason; empty answers clear the researcher's value.
import assert from 'node:assert/strict';
import { editedMetadata, parseDateEntry } from '../../../src/core/metadata/edit';

describe('metadata: a date and an outlet as the researcher types them', () => {
  it('reads ISO, numeric and Indonesian dates, with or without the weekday', () => {
    for (const [typed, date] of [['2024-02-27', '2024-02-27'], ['27/2/2024', '2024-02-27'], [' 27-02-2024 ', '2024-02-27'], ['27.02.2024', '2024-02-27'], ['27 Februari 2024', '2024-02-27'], ['Selasa, 27 Februari 2024', '2024-02-27'], ['1 Agt 2023', '2023-08-01']]) {
      assert.deepEqual(parseDateEntry(typed), { date }, typed);
    }
  });

  it('refuses dates the calendar does not have, and words that are no date', () => {
    for (const typed of ['2024-02-30', '31/2/2024', '29/2/2023', '2023-13-01']) assert.deepEqual(parseDateEntry(typed), { error: 'impossible' }, typed);
    for (const typed of ['besok', '27 Februari', 'x 27 Februari 2024', '27 Februari 2024 dan 28 Februari 2024', '2024/02/27x']) assert.deepEqual(parseDateEntry(typed), { error: 'unreadable' }, typed);
  });

  it('an empty answer clears; the metadata keeps only what was given, none when nothing is', () => {
    assert.deepEqual(parseDateEntry('  '), { date: undefined });
    assert.deepEqual(editedMetadata({ outlet: ' Tempo ', date: '2024-02-27' }), { outlet: 'Tempo', date: '2024-02-27' });
    assert.deepEqual(editedMetadata({ outlet: '', date: '2024-02-27' }), { date: '2024-02-27' });
    assert.deepEqual(editedMetadata({ outlet: '  ' }), undefined);
  });
});
