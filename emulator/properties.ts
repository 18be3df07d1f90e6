import { Facade, instrument } from "./facade";
import type { ScopedStores, ScopedData } from "./scoped-stores";
import type { World } from "./world";

/** Apps Script quotas: 9 KB per value, 500 KB per store. */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
const QUOTA_MESSAGE = "You have exceeded the property storage quota. Please remove some properties and try again.";

export type PropertyData = ScopedData<string>;

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

function storeSize(map: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of map) n += bytes(k) + bytes(v);
  return n;
}

export class Properties extends Facade {
  constructor(
    w: World,
    private readonly _map: Map<string, string>,
  ) {
    super(w);
  }
  /** Applies writes all-or-nothing, enforcing the quotas. */
  _write(entries: [string, string][], deleteAllOthers: boolean): void {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._map);
    for (const [k, v] of entries) {
      if (bytes(v) > MAX_VALUE_BYTES) throw this._w.error("Argument too large: value");
      next.set(k, v);
    }
    if (storeSize(next) > MAX_STORE_BYTES) throw this._w.error(QUOTA_MESSAGE);
    this._map.clear();
    for (const [k, v] of next) this._map.set(k, v);
  }
  getProperty(key: string): string | null {
    return this._map.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string) {
    this._write([[String(key), String(value)]], false);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._map);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
    this._write(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      deleteAllOthers,
    );
    return this;
  }
  getKeys(): string[] {
    return [...this._map.keys()];
  }
  deleteProperty(key: string) {
    this._map.delete(String(key));
    return this;
  }
  deleteAllProperties() {
    this._map.clear();
    return this;
  }
}
instrument(Properties, "Properties");

export class PropertiesService extends Facade {
  constructor(
    w: World,
    private readonly _stores: ScopedStores<string>,
  ) {
    super(w);
  }
  getDocumentProperties(): Properties {
    return new Properties(this._w, this._stores.document);
  }
  getScriptProperties(): Properties {
    return new Properties(this._w, this._stores.script);
  }
  getUserProperties(): Properties {
    return new Properties(this._w, this._stores.userStore(this._w.user));
  }
}
instrument(PropertiesService, "PropertiesService");
