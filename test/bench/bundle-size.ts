import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { round, spread } from "./measure";

/** Loads a script from disk and evaluates it in a fresh vm context, in this (fresh) process: the ms it took. */
const CHILD = `
const { readFileSync } = require("node:fs");
const vm = require("node:vm");
const started = performance.now();
new vm.Script(readFileSync(process.argv[1], "utf8"), { filename: "Code.js" }).runInNewContext({});
process.stdout.write(String(performance.now() - started));
`;

function coldStartMs(path: string): number {
  return Number(execFileSync(process.execPath, ["-e", CHILD, path], { encoding: "utf8" }));
}

/**
 * Bundle sizes, and Code.js's cold start: load and evaluate in a fresh
 * process each time (no compile cache survives between processes), against
 * a no-op script of the same size (one comment), 5 runs each, alternated.
 */
export function bundleFigures() {
  const code = readFileSync("build/Code.js", "utf8");
  const noop = join(mkdtempSync(join(tmpdir(), "cold-start-")), "noop.js");
  writeFileSync(noop, `/*${"x".repeat(Math.max(0, Buffer.byteLength(code) - 4))}*/`);
  const cold: number[] = [];
  const empty: number[] = [];
  for (let run = 0; run < 5; run++) {
    cold.push(coldStartMs("build/Code.js"));
    empty.push(coldStartMs(noop));
  }
  return [
    {
      "Code.js KB": round(statSync("build/Code.js").size / 1024),
      "Sidebar.html KB": round(statSync("build/Sidebar.html").size / 1024),
      "cold start ms (fresh process)": spread(cold, 2),
      "same-size no-op ms": spread(empty, 2),
      "cold / no-op": spread(cold.map((ms, i) => ms / empty[i])),
    },
  ];
}
