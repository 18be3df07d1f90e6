/** Adds `value` to the list under `key`, in place: grouping stays linear (a list copied per value made it quadratic). */
export function addTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
