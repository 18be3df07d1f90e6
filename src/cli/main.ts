#!/usr/bin/env node
// Entry point: binds runCliAsync to the process (npx tsx src/cli/main.ts …).

import { readFileSync } from "node:fs";
import { runCliAsync } from "./run";

// A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go, which is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCliAsync(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
