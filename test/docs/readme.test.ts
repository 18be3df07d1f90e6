import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPolicyMarkdown } from "../../src/domain/analysis/policy";

describe("README", () => {
  it("shows the usage-label policy exactly as the policy table defines it", () => {
    expect(readFileSync("README.md", "utf8")).toContain(renderPolicyMarkdown().trim());
  });
});
