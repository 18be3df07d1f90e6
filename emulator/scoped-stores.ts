/**
 * The document, script and per-user stores that PropertiesService and
 * CacheService both keep (user stores keyed by the active user's email),
 * and their JSON form for saveState.
 */
export interface ScopedData<V> {
  document: Record<string, V>;
  script: Record<string, V>;
  user: Record<string, Record<string, V>>;
}

export class ScopedStores<V> {
  document = new Map<string, V>();
  script = new Map<string, V>();
  user = new Map<string, Map<string, V>>();

  static from<V>(data?: ScopedData<V>): ScopedStores<V> {
    const s = new ScopedStores<V>();
    if (!data) return s;
    s.document = new Map(Object.entries(data.document));
    s.script = new Map(Object.entries(data.script));
    for (const [email, m] of Object.entries(data.user)) s.user.set(email, new Map(Object.entries(m)));
    return s;
  }

  toData(): ScopedData<V> {
    const user: Record<string, Record<string, V>> = {};
    for (const [email, m] of this.user) user[email] = Object.fromEntries(m);
    return { document: Object.fromEntries(this.document), script: Object.fromEntries(this.script), user };
  }

  userStore(email: string): Map<string, V> {
    let m = this.user.get(email);
    if (!m) this.user.set(email, (m = new Map()));
    return m;
  }
}
