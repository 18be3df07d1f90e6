import { Facade, instrument } from "./facade";
import type { ScopedStores, ScopedData } from "./scoped-stores";
import type { World } from "./world";

/** Apps Script limits (Cache reference, put / putAll): 100 KB per value, 250-character keys, 1 s to 6 hours. */
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_KEY_LENGTH = 250;
export const DEFAULT_EXPIRATION_SECONDS = 600;
export const MAX_EXPIRATION_SECONDS = 21600;
/**
 * "The cap for cached items is 1,000. If more than 1,000 items are written,
 * the cache stores the 900 items farthest from expiration." (Cache reference)
 */
export const MAX_CACHE_ITEMS = 1000;
export const ITEMS_KEPT_PAST_CAP = 900;

export interface CacheEntry {
  value: string;
  expiresAt: number;
}

export type CacheData = ScopedData<CacheEntry>;

export class Cache extends Facade {
  constructor(
    w: World,
    private readonly _map: Map<string, CacheEntry>,
  ) {
    super(w);
  }
  _get(key: string): string | null {
    const e = this._map.get(key);
    if (!e) return null;
    if (e.expiresAt <= this._w.now()) {
      this._map.delete(key);
      return null;
    }
    return e.value;
  }
  _put(key: string, value: string, seconds: number): void {
    if (key.length > MAX_KEY_LENGTH) throw this._w.error("Argument too large: key");
    if (Buffer.byteLength(value, "utf8") > MAX_CACHE_VALUE_BYTES) throw this._w.error("Argument too large: value");
    const ttl = Math.min(Math.max(1, seconds), MAX_EXPIRATION_SECONDS);
    this._map.set(key, { value, expiresAt: this._w.now() + ttl * 1000 });
  }
  /** Past the cap, expired items go and then all but the 900 farthest from expiration. */
  _evict(): void {
    if (this._map.size <= MAX_CACHE_ITEMS) return;
    const now = this._w.now();
    const live = [...this._map].filter(([, e]) => e.expiresAt > now);
    const kept =
      live.length > MAX_CACHE_ITEMS ? live.sort(([, a], [, b]) => b.expiresAt - a.expiresAt).slice(0, ITEMS_KEPT_PAST_CAP) : live;
    this._map.clear();
    for (const [k, e] of kept) this._map.set(k, e);
  }
  get(key: string): string | null {
    return this._get(String(key));
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._get(String(k));
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    this._put(String(key), String(value), expirationInSeconds);
    this._evict();
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    for (const [k, v] of Object.entries(values)) this._put(k, String(v), expirationInSeconds);
    this._evict();
  }
  remove(key: string): void {
    this._map.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._map.delete(String(k));
  }
}
instrument(Cache, "Cache");

export class CacheService extends Facade {
  constructor(
    w: World,
    private readonly _stores: ScopedStores<CacheEntry>,
  ) {
    super(w);
  }
  getDocumentCache(): Cache {
    return new Cache(this._w, this._stores.document);
  }
  getScriptCache(): Cache {
    return new Cache(this._w, this._stores.script);
  }
  getUserCache(): Cache {
    return new Cache(this._w, this._stores.userStore(this._w.user));
  }
}
instrument(CacheService, "CacheService");
