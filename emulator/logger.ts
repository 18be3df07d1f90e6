import { inspect } from "node:util";
import { Facade, instrument } from "./facade";
import type { LogEntry, World } from "./world";

/** Logger.log("Hello %s", name) substitutes like Java's String.format for %s/%d. */
function format(args: unknown[]): string {
  const [first, ...rest] = args;
  const text = (v: unknown) => (typeof v === "string" ? v : inspect(v, { depth: 4, breakLength: Infinity }));
  if (typeof first === "string" && rest.length && /%[sdfo]/.test(first)) {
    let i = 0;
    return first.replace(/%[sdfo]/g, (m) => (i < rest.length ? text(rest[i++]) : m));
  }
  return args.map(text).join(" ");
}

export class Logger extends Facade {
  log(...args: unknown[]) {
    this._w.logs.push({ source: "Logger", level: "log", message: format(args), at: this._w.now() });
    return this;
  }
  getLog(): string {
    return this._w.logs
      .filter((l) => l.source === "Logger")
      .map((l) => l.message)
      .join("\n");
  }
  clear(): void {
    const keep = this._w.logs.filter((l) => l.source !== "Logger");
    this._w.logs.length = 0;
    this._w.logs.push(...keep);
  }
}
instrument(Logger, "Logger");

/**
 * console for scripts: recorded in emulator.logs, echoed to the host console
 * only when asked (`echo`). Not counted: console is not a billed service.
 */
export function makeConsole(w: World, echo: boolean) {
  const at =
    (level: LogEntry["level"]) =>
    (...args: unknown[]) => {
      w.logs.push({ source: "console", level, message: format(args), at: w.now() });
      if (echo) console[level](...args);
    };
  const timers = new Map<string, number>();
  return {
    log: at("log"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    debug: at("debug"),
    time: (label = "default") => void timers.set(label, w.now()),
    timeEnd: (label = "default") => at("log")(`${label}: ${w.now() - (timers.get(label) ?? w.now())}ms`),
  };
}
