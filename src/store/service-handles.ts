import { retried } from "../platform/service-retry";

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
  /** A write that failed may still have landed: the copy is dropped, and the next read asks the store again. */
  private write(apply: () => void, update: (all: Record<string, string>) => void): this {
    try {
      apply();
    } catch (error) {
      this.all = null;
      throw error;
    }
    if (this.all) update(this.all);
    return this;
  }
  setProperty(key: string, value: string): this {
    return this.write(
      () => this.store.setProperty(key, value),
      (all) => (all[key] = String(value)),
    );
  }
  setProperties(values: Record<string, string>, deleteAllOthers = false): this {
    return this.write(
      () => this.store.setProperties(values, deleteAllOthers),
      (all) => {
        if (deleteAllOthers) for (const key of Object.keys(all)) delete all[key];
        for (const [key, value] of Object.entries(values)) all[key] = String(value);
      },
    );
  }
  deleteProperty(key: string): this {
    return this.write(
      () => this.store.deleteProperty(key),
      (all) => delete all[key],
    );
  }
  deleteAllProperties(): this {
    return this.write(
      () => this.store.deleteAllProperties(),
      (all) => {
        for (const key of Object.keys(all)) delete all[key];
      },
    );
  }
}
