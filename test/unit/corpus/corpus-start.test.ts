// How Sorot starts in a workspace (corpus-start.ts): the researcher's "This File Only" is
// remembered, and a sidecar written since must not turn the next window into a reading of
// every .txt file of the folder.
import assert from 'node:assert/strict';
import { corpusStart, readFileOnlyList, type CorpusStartFacts, type FileOnlyList } from '../../../src/core/corpus/corpus-start';

const FOLDER = 'file:///home/peneliti/berita';
const LIST: FileOnlyList = { [FOLDER]: ['2024/jalur-sepeda.txt'] };

/** The decision for these facts, and whether it searched for Sorot data. */
async function start(settingsMarkCorpus: boolean, remembered: FileOnlyList | undefined, sidecar: boolean, woken = false) {
  let searched = false;
  const facts: CorpusStartFacts = { settingsMarkCorpus, remembered, woken, sorotData: async () => ((searched = true), sidecar) };
  return { start: await corpusStart(facts), searched };
}

describe('corpus start: settings marks × remembered file-only list × Sorot data', () => {
  for (const sidecar of [false, true]) {
    for (const remembered of [undefined, LIST]) {
      it(`settings mark a corpus (list ${remembered ? 'remembered' : 'none'}, sidecar ${sidecar}): the whole workspace, a remembered list forgotten, no search`, async () => {
        const { start: s, searched } = await start(true, remembered, sidecar);
        assert.deepEqual(s, { kind: 'whole', forget: remembered !== undefined });
        assert.equal(searched, false);
      });
    }
    it(`no settings, a remembered list (sidecar ${sidecar}): limited to the list, no search`, async () => {
      const { start: s, searched } = await start(false, LIST, sidecar);
      assert.deepEqual(s, { kind: 'limited', files: LIST });
      assert.equal(searched, false);
    });
  }

  it('no settings, no list, a sidecar (samples/, a cloned research repository): the whole workspace, as before', async () => {
    assert.deepEqual((await start(false, undefined, true)).start, { kind: 'whole', forget: false });
  });

  it('no settings, no list, no Sorot data: asleep, offering the folder', async () => {
    assert.deepEqual((await start(false, undefined, false)).start, { kind: 'asleep' });
  });

  it('woken by a command or view with no list: limited to what will be opened (nothing yet)', async () => {
    for (const sidecar of [false, true]) assert.deepEqual((await start(false, undefined, sidecar, true)).start, { kind: 'limited', files: {} });
  });

  it('woken with a remembered list: limited to it; woken after the settings marked a corpus: the whole workspace', async () => {
    assert.deepEqual((await start(false, LIST, false, true)).start, { kind: 'limited', files: LIST });
    assert.deepEqual((await start(true, LIST, false, true)).start, { kind: 'whole', forget: true });
  });
});

describe('the remembered file-only list read from workspaceState', () => {
  it('reads the list as written', () => {
    assert.deepEqual(readFileOnlyList({ [FOLDER]: ['2024/jalur-sepeda.txt', 'catatan/rapat.txt'] }), { [FOLDER]: ['2024/jalur-sepeda.txt', 'catatan/rapat.txt'] });
  });

  it('nothing kept, or no list kept: no list (the workspace is not limited)', () => {
    for (const raw of [undefined, null, 3, 'a.txt', ['a.txt']]) {
      assert.equal(readFileOnlyList(raw), undefined, JSON.stringify(raw));
    }
  });

  it('a list that names no file (every file opened as an article was deleted) stays a list: empty, still limited', async () => {
    for (const raw of [{}, { [FOLDER]: [] }, { [FOLDER]: 'a.txt' }, { [FOLDER]: [1, ''] }]) {
      assert.deepEqual(readFileOnlyList(raw), {}, JSON.stringify(raw));
    }
    // the next window starts limited to nothing, not over the whole workspace its leftover
    // sidecars would otherwise make a corpus
    const { start: s, searched } = await start(false, readFileOnlyList({}), true);
    assert.deepEqual(s, { kind: 'limited', files: {} });
    assert.equal(searched, false);
  });

  it('drops what is no path and repeats, keeps the other folders', () => {
    assert.deepEqual(readFileOnlyList({ [FOLDER]: ['a.txt', 7, 'a.txt'], other: [null] }), { [FOLDER]: ['a.txt'] });
  });
});
