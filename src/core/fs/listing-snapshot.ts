/**
 * A file system whose folder listings are read once and then kept, for one batch read
 * of a corpus (export, agreement report, analysis view, CLI). Gathering an article's
 * sidecars lists its folder; per article, a flat folder of n articles cost n listings of
 * n entries each (the editor's export of 10,000 articles spent most of 210 s waiting
 * for them). Keep it only as long as the batch: a listing is a snapshot, renewed only
 * when the batch itself writes, renames or deletes in that folder.
 */
import { dirname } from './path';
import type { CoreFileSystem, FileKind } from './types';

type Listing = Array<[name: string, kind: FileKind]>;

export function withListingSnapshot(fs: CoreFileSystem): CoreFileSystem {
  const listings = new Map<string, Promise<Listing>>();
  const changed = (path: string): void => void listings.delete(dirname(path));
  const snapshot: CoreFileSystem = {
    readFile: (path) => fs.readFile(path),
    writeFile: async (path, data) => {
      changed(path);
      await fs.writeFile(path, data);
      changed(path);
    },
    rename: async (from, to, options) => {
      changed(from);
      changed(to);
      await fs.rename(from, to, options);
      changed(from);
      changed(to);
    },
    delete: async (path) => {
      changed(path);
      await fs.delete(path);
      changed(path);
    },
    stat: (path) => fs.stat(path),
    readDirectory: (path) => {
      let listing = listings.get(path);
      if (!listing) {
        listing = fs.readDirectory(path).then((entries) => Object.freeze(entries) as Listing);
        listings.set(path, listing);
        // A failed listing is not kept: the next caller tries again.
        listing.catch(() => listings.get(path) === listing && listings.delete(path));
      }
      // Every caller gets the same listing, frozen: a reader may index it once for the
      // whole batch (SidecarStore.list does) instead of walking it for every article.
      return listing;
    },
  };
  if (fs.createDirectory) snapshot.createDirectory = (path) => fs.createDirectory!(path);
  if (fs.realPath) snapshot.realPath = (path) => fs.realPath!(path);
  if (fs.exclusive) {
    const exclusive = fs.exclusive;
    snapshot.exclusive = {
      create: async (path, data) => {
        changed(path);
        const created = await exclusive.create(path, data);
        changed(path);
        return created;
      },
      owner: exclusive.owner,
      ownerAlive: (owner) => exclusive.ownerAlive(owner),
    };
  }
  return snapshot;
}
