import { readFileSync, statSync } from "node:fs";
import vm from "node:vm";
import { medianMs, round } from "./measure";

/** Bundle sizes, and Code.js's cold evaluation in a fresh vm context against an empty script's. */
export function bundleFigures() {
  const code = readFileSync("build/Code.js", "utf8");
  const empty = medianMs(() => vm.runInNewContext(""), 15);
  const cold = medianMs(() => vm.runInNewContext(code), 15);
  return [
    {
      "Code.js KB": round(statSync("build/Code.js").size / 1024),
      "Sidebar.html KB": round(statSync("build/Sidebar.html").size / 1024),
      "cold eval ms": round(cold, 2),
      "empty script ms": round(empty, 2),
      "cold eval / empty": round(cold / empty),
    },
  ];
}
