// Runs the CLI in-process against the fixture files and captures its output.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";

const FIXTURES = join(__dirname, "fixtures");

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Arguments ending in .json name files in test/cli/fixtures. */
export function cli(...argv: string[]): CliRun {
  let out = "";
  let err = "";
  const code = runCli(argv, {
    readFile: (path) => readFileSync(join(FIXTURES, path), "utf8"),
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}
