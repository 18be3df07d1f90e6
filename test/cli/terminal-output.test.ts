import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { examplePlan, fileOf, profileRow } from "./example-plans";
import { cli } from "./run-cli";

describe("what the CLI prints to a terminal", () => {
  it("shows control characters from plan text escaped, so a profile cannot drive the terminal", () => {
    const plan = examplePlan((example) => {
      profileRow(example, "new-free-users").Eligibility = 'plan = "free\u001b[2J\u0007"';
    });
    const run = cli({ "plan.json": fileOf(plan) }, "validate", "plan.json");
    expect(run.code).toBe(1);
    expect(run.out).toContain("free\\u001b[2J\\u0007");
    const controls = [...run.out].filter((char) => {
      const code = char.charCodeAt(0);
      return (code < 32 && char !== "\n" && char !== "\t") || (code >= 127 && code < 160);
    });
    expect(controls).toEqual([]);
    // Its own layout stays: lines and indentation.
    expect(run.out).toContain("\n");
  });

  it("exits quietly when the reader stops early (| head closes the pipe)", async () => {
    const child = spawn(process.execPath, ["scripts/cli.mjs", "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    // The read end is closed before the CLI has written anything: its first write meets EPIPE.
    child.stdout.destroy();
    let err = "";
    child.stderr.on("data", (chunk) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
  }, 30_000);
});
