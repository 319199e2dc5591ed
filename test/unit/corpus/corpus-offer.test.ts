import * as assert from 'node:assert/strict';
import { isOfferedFile, marksCorpus, offeredFolder } from '../../../src/core/corpus/corpus-offer';

describe('corpus offer', () => {
  it('a corpus folder or an article association marks the workspace as a corpus', () => {
    assert.equal(marksCorpus({ folders: undefined, associations: undefined }), false);
    assert.equal(marksCorpus({ folders: [], associations: { '*.md': 'markdown' } }), false);
    assert.equal(marksCorpus({ folders: ['berita'], associations: undefined }), true);
    assert.equal(marksCorpus({ folders: ['.'], associations: undefined }), true);
    assert.equal(marksCorpus({ folders: [], associations: { '**/berita/**/*.txt': 'sorot-article' } }), true);
    // a setting of the wrong shape marks nothing
    assert.equal(marksCorpus({ folders: 'berita', associations: 'sorot-article' }), false);
  });

  it('offers plain-text .txt files outside hidden folders and node_modules', () => {
    assert.equal(isOfferedFile('a.txt', 'plaintext'), true);
    assert.equal(isOfferedFile('berita/2024/A.TXT', 'plaintext'), true);
    assert.equal(isOfferedFile('a.txt', 'sorot-article'), false);
    assert.equal(isOfferedFile('notes.md', 'plaintext'), false);
    assert.equal(isOfferedFile('LICENSE', 'plaintext'), false);
    assert.equal(isOfferedFile('.git/info/x.txt', 'plaintext'), false);
    assert.equal(isOfferedFile('lib/node_modules/p/readme.txt', 'plaintext'), false);
    assert.equal(isOfferedFile('.hidden.txt', 'plaintext'), true);
  });

  it('offers the top folder under the workspace, or the workspace for a file at its top', () => {
    assert.equal(offeredFolder('a.txt'), '.');
    assert.equal(offeredFolder('berita/a.txt'), 'berita');
    assert.equal(offeredFolder('berita/2024/05/a.txt'), 'berita');
  });
});
