import { retried } from "./service-retry";

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * The document's property store and cache, obtained once per operation:
 * each PropertiesService / CacheService getter is a service call, and an
 * operation asked for them a dozen times. Only inside `withServiceHandles`
 * (an operation's run): outside it every call asks again, so a handle never
 * outlives the execution (and the auth mode) that obtained it.
 */
let handles: Map<string, unknown> | null = null;

export function withServiceHandles<T>(work: () => T): T {
  if (handles) return work();
  handles = new Map();
  try {
    return work();
  } finally {
    handles = null;
  }
}

function held<T>(key: string, obtain: () => T): T {
  if (!handles) return retried(obtain);
  if (!handles.has(key)) handles.set(key, retried(obtain));
  return handles.get(key) as T;
}

export const documentPropertiesHandle = (): Properties =>
  held("properties", () => new ReadOnce(PropertiesService.getDocumentProperties()) as unknown as Properties);

export const documentCacheHandle = (): GoogleAppsScript.Cache.Cache | null => held("cache", () => CacheService.getDocumentCache());

/**
 * The store read with one getProperties however many keys the operation
 * looks up; its own writes keep the copy current. Edits parked meanwhile by
 * another run's trigger are not seen: they stay parked for the next run,
 * which the Change log is built for.
 */
class ReadOnce {
  private all: Record<string, string> | null = null;
  constructor(private readonly store: Properties) {}
  private read(): Record<string, string> {
    this.all ??= { ...this.store.getProperties() };
    return this.all;
  }
  getProperties(): Record<string, string> {
    return { ...this.read() };
  }
  getProperty(key: string): string | null {
    return this.read()[key] ?? null;
  }
  getKeys(): string[] {
    return Object.keys(this.read());
  }
  setProperty(key: string, value: string): this {
    this.store.setProperty(key, value);
    if (this.all) this.all[key] = String(value);
    return this;
  }
  setProperties(values: Record<string, string>, deleteAllOthers = false): this {
    this.store.setProperties(values, deleteAllOthers);
    if (this.all) {
      if (deleteAllOthers) this.all = {};
      for (const [key, value] of Object.entries(values)) this.all[key] = String(value);
    }
    return this;
  }
  deleteProperty(key: string): this {
    this.store.deleteProperty(key);
    if (this.all) delete this.all[key];
    return this;
  }
  deleteAllProperties(): this {
    this.store.deleteAllProperties();
    this.all = {};
    return this;
  }
}
