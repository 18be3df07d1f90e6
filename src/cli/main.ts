#!/usr/bin/env node
// Entry point: binds runCli to the process (npx tsx src/cli/main.ts …).

import { readFileSync } from "node:fs";
import { runCliAsync } from "./run";

process.exitCode = await runCliAsync(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
