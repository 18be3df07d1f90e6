/** Object.hasOwn is ES2022; Apps Script's server code keeps to ES2020 (tsconfig.server.json). */
export function hasOwn(object: object, key: PropertyKey): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is the ES2022 call this stands in for.
  return Object.prototype.hasOwnProperty.call(object, key);
}
