import type { World } from "./world";

/**
 * Base of every object a script can touch. Public methods are wrapped by
 * `instrument` so each call is counted once and may be failed by the fault
 * injector; methods starting with "_" are internal and never counted.
 * Facade methods only use models and "_" helpers, never other public
 * methods, so one script call is one count.
 */
export abstract class Facade {
  constructor(protected readonly _w: World) {}
}

type Method = (...args: unknown[]) => unknown;

/** Every "Class.method" an emulated object exposes, so tests can check each one has a scope entry. */
export const instrumentedMethods = new Set<string>();

function publicMethods(proto: object): [string, Method][] {
  return Object.getOwnPropertyNames(proto)
    .filter((k) => k !== "constructor" && k !== "toString" && !k.startsWith("_"))
    .map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)?.value] as [string, unknown])
    .filter((e): e is [string, Method] => typeof e[1] === "function");
}

/**
 * Counts calls to the public methods of `cls` as "<className>.<method>".
 * `shared` is an uninstrumented base class whose methods are counted under
 * this class's name too (File.getId and Folder.getId share one body).
 */
export function instrument(cls: { prototype: object }, className: string, shared?: { prototype: object }): void {
  const proto = cls.prototype;
  const own = new Set(Object.getOwnPropertyNames(proto));
  const methods = [...publicMethods(proto), ...(shared ? publicMethods(shared.prototype).filter(([k]) => !own.has(k)) : [])];
  for (const [key, fn] of methods) {
    const name = `${className}.${key}`;
    instrumentedMethods.add(name);
    Object.defineProperty(proto, key, {
      value: function (this: { _w: World }, ...args: unknown[]) {
        const lostReply = this._w.enter(name, args);
        const result = fn.apply(this, args);
        if (lostReply) throw lostReply;
        return result;
      },
      writable: true,
      configurable: true,
    });
  }
  // Apps Script objects print as their class name.
  if (!own.has("toString")) {
    Object.defineProperty(proto, "toString", { value: () => className, writable: true, configurable: true });
  }
}
