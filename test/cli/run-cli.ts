// Runs the CLI in-process on files held in memory and captures its output.

import { runCli } from "../../src/cli/run";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `files` maps each path the command line may name to its text; any other path cannot be read. */
export function cli(files: Readonly<Record<string, string>>, ...argv: string[]): CliRun {
  let out = "";
  let err = "";
  const code = runCli(argv, {
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path];
    },
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}
