/**
 * A Date constructor for script code that reads the emulator's clock:
 * `new Date()` and `Date.now()` give emulated time, so a test can move time
 * forward with clock.advance (deadlines, reminders, expiry). With arguments
 * it is the plain constructor, and `instanceof` holds against `base`.
 */
export function virtualDate(base: DateConstructor, now: () => number): DateConstructor {
  const nowFn = () => now();
  const proxy: DateConstructor = new Proxy(base, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length ? args : [now()], newTarget === proxy ? target : newTarget);
    },
    // Date() called without new returns the current time as a string.
    apply(target) {
      return new target(now()).toString();
    },
    get(target, key, receiver) {
      return key === "now" ? nowFn : Reflect.get(target, key, receiver);
    },
  });
  return proxy;
}
