import { Facade, instrument } from "./facade";
import type { LockKind, World } from "./world";

export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";
/** The execution the script runs in; other holders are simulated with holdLock. */
const THIS_EXECUTION = "this-execution";

/** Who holds each lock ("document", "script", "user:<email>"). */
export class LockTable {
  private holders = new Map<string, string>();

  holder(key: string): string | undefined {
    return this.holders.get(key);
  }
  set(key: string, holder: string | undefined): void {
    if (holder === undefined) this.holders.delete(key);
    else this.holders.set(key, holder);
  }

  /** Lets a test pretend another execution holds a lock; returns its release. */
  holdForOther(key: string, ownerLabel: string): () => void {
    this.holders.set(key, ownerLabel);
    return () => {
      if (this.holders.get(key) === ownerLabel) this.holders.delete(key);
    };
  }
}

export function lockKey(kind: LockKind, user: string): string {
  return kind === "user" ? `user:${user}` : kind;
}

/**
 * One Lock object. Waiting never blocks: when another execution holds the
 * lock, the emulator's clock advances by the timeout instead.
 */
export class Lock extends Facade {
  constructor(
    w: World,
    private readonly _table: LockTable,
    private readonly _kind: LockKind,
    private readonly _key: string,
  ) {
    super(w);
  }
  _acquire(timeoutInMillis: number): boolean {
    const holder = this._table.holder(this._key);
    if (holder === THIS_EXECUTION) return true;
    if (holder !== undefined) {
      this._w.advance(Number(timeoutInMillis) || 0);
      return false;
    }
    this._table.set(this._key, THIS_EXECUTION);
    this._w.event({ type: "lock", kind: this._kind });
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (this._acquire(timeoutInMillis)) return;
    this._w.event({ type: "lock-timeout", kind: this._kind });
    throw this._w.error(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this._table.holder(this._key) === THIS_EXECUTION;
  }
  releaseLock(): void {
    if (this._table.holder(this._key) !== THIS_EXECUTION) return;
    this._table.set(this._key, undefined);
    this._w.event({ type: "release", kind: this._kind });
  }
}
instrument(Lock, "Lock");

export class LockService extends Facade {
  constructor(
    w: World,
    private readonly _table: LockTable,
  ) {
    super(w);
  }
  _lock(kind: LockKind): Lock {
    return new Lock(this._w, this._table, kind, lockKey(kind, this._w.user));
  }
  getDocumentLock(): Lock {
    return this._lock("document");
  }
  getScriptLock(): Lock {
    return this._lock("script");
  }
  getUserLock(): Lock {
    return this._lock("user");
  }
}
instrument(LockService, "LockService");
