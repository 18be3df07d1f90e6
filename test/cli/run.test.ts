import { describe, expect, it } from "vitest";
import { examplePlan, fileOf } from "./example-plans";
import { cli } from "./run-cli";

describe("the command line itself", () => {
  it("prints help with every command and exit code, exit 0", () => {
    const run = cli({}, "--help");
    expect(run).toMatchObject({ code: 0, err: "" });
    for (const words of [
      "validate <plan.json> [--fail-on error|warning]",
      "compile <plan.json> --dialect",
      "diff <old.json> <new.json>",
      "2  usage error",
    ]) {
      expect(run.out).toContain(words);
    }
    expect(cli({}, "compile", "--help")).toEqual(run);
    expect(cli({}, "help")).toEqual(run);
  });

  it("exits 2 on usage errors, pointing to --help", () => {
    const files = { "plan.json": fileOf(examplePlan()) };
    const misuses = [
      [],
      ["deploy"],
      ["validate"],
      ["validate", "plan.json", "other.json"],
      ["validate", "plan.json", "--strict"],
      ["validate", "plan.json", "--fail-on", "info"],
      ["validate", "missing.json"],
      ["diff", "plan.json", "missing.json"],
      ["diff", "plan.json", "plan.json", "--fail-on", "sometimes"],
      ["compile", "plan.json", "--dialect"],
    ];
    for (const argv of misuses) {
      const run = cli(files, ...argv);
      expect(run.code, argv.join(" ")).toBe(2);
      expect(run.out, argv.join(" ")).toBe("");
      expect(run.err, argv.join(" ")).toMatch(/\nRun personalization-profiles --help for usage\.\n$/);
    }
    expect(cli(files, "validate", "missing.json").err).toContain("Cannot read missing.json: ENOENT");
  });
});
