import assert from 'node:assert/strict';
import { fileNamePattern, isSkippedFolder } from '../../../src/extension/services/corpus/glob-name';

describe('articles glob: the part a one-folder watcher uses', () => {
  it('keeps the file-name pattern of the glob', () => {
    assert.equal(fileNamePattern('**/*.txt'), '*.txt');
    assert.equal(fileNamePattern('corpus/**/*.{txt,md}'), '*.{txt,md}');
    assert.equal(fileNamePattern('*.txt'), '*.txt');
  });

  it('watches every file when the glob ends in a folder pattern', () => {
    assert.equal(fileNamePattern('corpus/**'), '*');
    assert.equal(fileNamePattern('corpus/'), '*');
  });

  it('skips hidden folders and node_modules, as the default excludes do', () => {
    assert.ok(isSkippedFolder('.git'));
    assert.ok(isSkippedFolder('node_modules'));
    assert.ok(!isSkippedFolder('nasional'));
  });
});
