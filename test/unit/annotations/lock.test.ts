// The sidecar lock (src/core/fs/lock.ts) and the store's read-back check, on the
// in-memory file system with a fake clock: waiting, giving up with a message naming the
// file, breaking locks left by crashed processes, and re-merging when a writer that
// cannot lock replaced our write.
import assert from 'node:assert/strict';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { emptySidecar, SidecarStore } from '../../../src/core/annotations/store';
import type { Sidecar } from '../../../src/core/annotations/types';
import { lockPathOf, waitWhileLocked, type LockOptions } from '../../../src/core/fs/lock';
import { FileSystemError, type ExclusiveCreate } from '../../../src/core/fs/types';
import { ARTICLE, claim } from '../export/fixtures';
import { MemoryFileSystem } from './memory-fs';

const PATH = '/k/a.sorot.json';
const LOCK = lockPathOf(PATH);

/** Memory file system with modification times from a fake clock and O_EXCL creation. */
class LockingFs extends MemoryFileSystem {
  clock = 1_000_000;
  readonly mtimes = new Map<string, number>();
  readonly alive = new Set<string>(['me@host']);
  sleeps = 0;
  /** Called at each wait, e.g. to let the other process finish. */
  onSleep: () => void = () => undefined;
  readonly exclusive: ExclusiveCreate = {
    create: async (path, data) => {
      if (this.files.has(path)) return false;
      this.put(path, data);
      return true;
    },
    owner: 'me@host',
    ownerAlive: (owner) => (owner.endsWith('@host') ? this.alive.has(owner) : undefined),
  };
  override put(path: string, text: string | Uint8Array): void {
    super.put(path, text);
    this.mtimes.set(path, this.clock);
  }
  override async writeFile(path: string, data: Uint8Array): Promise<void> {
    await super.writeFile(path, data);
    this.mtimes.set(path, this.clock);
  }
  override async rename(from: string, to: string, options: { overwrite: boolean }): Promise<void> {
    await super.rename(from, to, options);
    this.mtimes.set(to, this.mtimes.get(from) ?? this.clock);
  }
  override async stat(path: string) {
    const s = await super.stat(path);
    return s && { ...s, mtime: this.mtimes.get(path) ?? 0 };
  }
  options(extra: LockOptions = {}): LockOptions {
    return {
      now: () => this.clock,
      sleep: async (ms) => {
        this.sleeps++;
        this.clock += ms;
        this.onSleep();
      },
      timeoutMs: 1000,
      staleMs: 60_000,
      ...extra,
    };
  }
  holdLock(owner: string, ageMs = 0): void {
    const clock = this.clock;
    this.clock -= ageMs;
    this.put(LOCK, JSON.stringify({ owner, token: 'theirs', created: new Date(this.clock).toISOString() }));
    this.clock = clock;
  }
}

const mine = (): Sidecar => ({ ...emptySidecar('a.txt'), annotations: [claim(ARTICLE, 'subsidi akan ditambah')] });

describe('sidecar lock', () => {
  it('takes the lock for the save and removes it afterwards', async () => {
    const fs = new LockingFs();
    const created: string[] = [];
    const create = fs.exclusive.create;
    fs.exclusive.create = async (p, d) => (created.push(p), create(p, d));
    const saved = await new SidecarStore(fs, undefined, fs.options()).save(PATH, mine());
    assert.equal(saved.status, 'saved');
    assert.deepEqual(created, [LOCK]);
    assert.deepEqual([...fs.files.keys()], [PATH]);
  });

  it('callers in one process take turns in order of arrival, and all their annotations stay', async () => {
    const fs = new LockingFs();
    const order: string[] = [];
    const create = fs.exclusive.create;
    const stores = ['ani', 'budi', 'cici'].map((name) => ({ name, store: new SidecarStore(fs, undefined, fs.options()) }));
    fs.exclusive.create = async (p, d) => {
      const made = await create(p, d);
      assert.ok(made, 'no caller found the lock taken: the turns come first');
      return made;
    };
    const all = await Promise.all(
      stores.map(async ({ name, store }) => {
        const a = claim(ARTICLE, 'subsidi akan ditambah', name);
        const saved = await store.save(PATH, { ...emptySidecar('a.txt'), annotations: [a] });
        order.push(name);
        return [saved.status, a.id];
      }),
    );
    assert.deepEqual(all.map(([status]) => status), ['saved', 'saved', 'saved']);
    assert.deepEqual(order, ['ani', 'budi', 'cici']);
    const onDisk = (JSON.parse(fs.text(PATH)!) as Sidecar).annotations.map((a) => a.id).sort();
    assert.deepEqual(onDisk, all.map(([, id]) => id).sort());
  });

  it('waits for a live lock, and saves once the other process releases it', async () => {
    const fs = new LockingFs();
    fs.alive.add('4242@host');
    fs.holdLock('4242@host');
    fs.onSleep = () => {
      if (fs.sleeps === 5) fs.files.delete(LOCK);
    };
    const saved = await new SidecarStore(fs, undefined, fs.options()).save(PATH, mine());
    assert.equal(saved.status, 'saved');
    assert.equal(fs.sleeps, 5);
    assert.ok(!fs.files.has(LOCK));
  });

  it('gives up after the timeout with a message naming the file and the holder; writes nothing', async () => {
    const fs = new LockingFs();
    fs.alive.add('4242@host');
    fs.holdLock('4242@host');
    const store = new SidecarStore(fs, undefined, fs.options());
    await assert.rejects(store.save(PATH, mine()), (err: unknown) => {
      assert.ok(err instanceof FileSystemError);
      assert.equal(err.code, 'busy');
      assert.equal(err.path, PATH);
      assert.match(err.message, /^a\.sorot\.json is being written by another process \(lock \.a\.sorot\.json\.lock held by 4242@host since .*\); gave up after 1 s, nothing written — try again$/);
      return true;
    });
    assert.ok(!fs.files.has(PATH));
    assert.ok(fs.files.has(LOCK), 'the live lock is left alone');
  });

  it('breaks at once a lock whose process has ended (kill -9), leaving no file behind', async () => {
    const fs = new LockingFs();
    fs.holdLock('999@host'); // not in `alive`
    const saved = await new SidecarStore(fs, undefined, fs.options()).save(PATH, mine());
    assert.equal(saved.status, 'saved');
    assert.equal(fs.sleeps, 0);
    assert.deepEqual([...fs.files.keys()], [PATH]);
  });

  it('breaks a lock that names no owner once it is 10 s old (a process killed between creating and writing it), and waits for a younger one', async () => {
    const old = new LockingFs();
    old.clock -= 11_000;
    old.put(LOCK, '');
    old.clock += 11_000;
    assert.equal((await new SidecarStore(old, undefined, old.options()).save(PATH, mine())).status, 'saved');
    assert.equal(old.sleeps, 0);
    assert.deepEqual([...old.files.keys()], [PATH]);
    // A young one may be in the middle of being written: waited for, broken at 10 s.
    const young = new LockingFs();
    young.put(LOCK, '');
    const start = young.clock;
    const saved = await new SidecarStore(young, undefined, young.options({ timeoutMs: 20_000 })).save(PATH, mine());
    assert.equal(saved.status, 'saved');
    assert.ok(young.clock - start > 10_000 && young.clock - start < 12_000, `waited ${young.clock - start} ms`);
  });

  it('breaks a lock from another host only when it is older than staleMs', async () => {
    const old = new LockingFs();
    old.holdLock('77@elsewhere', 61_000);
    assert.equal((await new SidecarStore(old, undefined, old.options()).save(PATH, mine())).status, 'saved');
    assert.deepEqual([...old.files.keys()], [PATH]);
    const young = new LockingFs();
    young.holdLock('77@elsewhere', 1_000);
    await assert.rejects(new SidecarStore(young, undefined, young.options()).save(PATH, mine()), /held by 77@elsewhere/);
  });

  it('puts back a lock that a new owner took between the stale judgement and the break', async () => {
    const fs = new LockingFs();
    fs.alive.add('5@host');
    fs.holdLock('1@host'); // dead: stale
    const fresh = JSON.stringify({ owner: '5@host', token: 'fresh', created: 'now' });
    const rename = fs.rename.bind(fs);
    fs.rename = async (from, to, options) => {
      if (from === LOCK && to.endsWith('.stale')) fs.put(LOCK, fresh); // the new owner wins the race
      return rename(from, to, options);
    };
    await assert.rejects(new SidecarStore(fs, undefined, fs.options()).save(PATH, mine()), /held by 5@host/);
    assert.equal(fs.text(LOCK), fresh);
    assert.deepEqual([...fs.files.keys()], [LOCK]);
  });

  it('without the capability: waits for another process\'s live lock, ignores a stale one', async () => {
    const fs = new MemoryFileSystem();
    let clock = 0;
    let sleeps = 0;
    fs.put(LOCK, JSON.stringify({ owner: '4242@host', token: 't' })); // mtime 0
    await waitWhileLocked(fs, PATH, { now: () => clock, staleMs: 100, timeoutMs: 10_000, sleep: async (ms) => { sleeps++; clock += ms; } });
    assert.ok(clock > 100 && sleeps > 0, 'waited until the lock was stale');
    clock = 0;
    await assert.rejects(waitWhileLocked(fs, PATH, { now: () => clock, staleMs: 100_000, timeoutMs: 50, sleep: async (ms) => { clock += ms; } }), /a\.sorot\.json is being written by another process/);
  });
});

describe('read-back check where the file system cannot lock', () => {
  /** Replaces the sidecar right after our rename, as a writer that read it before us would. */
  class IntrudingFs extends MemoryFileSystem {
    intrusions = 0;
    constructor(private readonly theirs: string, private intrusionsLeft: number) {
      super();
    }
    override async rename(from: string, to: string, options: { overwrite: boolean }): Promise<void> {
      await super.rename(from, to, options);
      if (to === PATH && this.intrusionsLeft > 0) {
        this.intrusionsLeft--;
        this.intrusions++;
        this.put(PATH, this.theirs);
      }
    }
  }
  const base = (): Sidecar => ({ ...emptySidecar('a.txt'), annotations: [claim(ARTICLE, 'Harga Beras Naik')] });

  it('merges again when another writer dropped our annotation, keeping both sides', async () => {
    const start = base();
    const theirs = { ...start, annotations: [...start.annotations, claim(ARTICLE, 'menolak rencana itu', 'budi')] };
    const fs = new IntrudingFs(serializeSidecar(theirs), 1);
    fs.put(PATH, serializeSidecar(start));
    const store = new SidecarStore(fs);
    assert.equal((await store.load(PATH)).status, 'loaded');
    const ours = { ...start, annotations: [...start.annotations, claim(ARTICLE, 'subsidi akan ditambah')] };
    const saved = await store.save(PATH, ours);
    assert.equal(saved.status, 'saved');
    assert.equal(fs.intrusions, 1);
    const onDisk = JSON.parse(fs.text(PATH)!) as Sidecar;
    assert.deepEqual(onDisk.annotations.map((a) => a.target.exact).sort(), ['Harga Beras Naik', 'menolak rencana itu', 'subsidi akan ditambah']);
  });

  it('reports the file, instead of success, when every save is undone', async () => {
    const start = base();
    const fs = new IntrudingFs(serializeSidecar(start), Infinity);
    fs.put(PATH, serializeSidecar(start));
    const store = new SidecarStore(fs);
    await store.load(PATH);
    await assert.rejects(store.save(PATH, { ...start, annotations: [...start.annotations, claim(ARTICLE, 'subsidi akan ditambah')] }), (err: unknown) => {
      assert.ok(err instanceof FileSystemError && err.code === 'busy');
      assert.match(err.message, /^a\.sorot\.json was rewritten by another program right after each of 3 saves/);
      return true;
    });
  });
});
