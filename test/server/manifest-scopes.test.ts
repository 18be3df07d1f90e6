import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requiredScopes } from "../../emulator";
import type { ExportResult } from "../../src/domain/api/contract";
import { MANIFEST, type LoadedAddOn } from "../support/bundle";
import { edit } from "../support/edits";
import { approved, planWith } from "../support/plans";

const granted: string[] = MANIFEST.oauthScopes;

/** Every user operation, once, through the built add-on under its own manifest. */
function everyOperation(): LoadedAddOn {
  const addOn = planWith(approved);
  addOn.run("getStatus");
  addOn.run("validatePlan");
  addOn.run("selectCell", { sheet: "2 Attributes", row: 2, column: "Attribute ID" });
  addOn.run("openSheet", { sheet: "3 Profiles" });
  const draft = addOn.run<ExportResult>("exportPlan", { finalize: false });
  addOn.run("exportPlan", { finalize: true });
  const json = addOn.emulator.drive
    .list()
    .find((file) => file.id === draft.fileId)!
    .content.toString();
  addOn.run("importPlan", { json });
  addOn.run("importPlan", { fileId: draft.fileId });
  edit(addOn, "2 Attributes", "I3", [[91]]);
  addOn.run("previewAudiences");
  addOn.run("getProfileSql", { profileId: "new-free-users" });
  addOn.run("whereUsed", { attributeId: "plan" });
  addOn.run("setReminders", { enabled: true });
  addOn.run("runGovernanceReminders");
  addOn.run("onOpen");
  addOn.run("showSidebar");
  return addOn;
}

describe("the manifest grants what the add-on calls, and nothing it does not", () => {
  const calls = Object.keys(everyOperation().emulator.calls.byMethod());
  const needs = calls.map((method) => ({ method, scopes: requiredScopes(method) }));

  it.each(needs)("$method is allowed by one of the manifest's scopes", ({ method, scopes }) => {
    if (scopes.length === 0) return; // Logger, Utilities and the like need no scope
    expect(
      scopes.some((scope) => granted.includes(scope)),
      `${method} needs ${scopes.join(" or ")}`,
    ).toBe(true);
  });

  it("needs every scope it asks for", () => {
    const used = granted.filter((scope) =>
      needs.some((need) => need.scopes.includes(scope) && need.scopes.every((s) => !granted.includes(s) || s === scope)),
    );
    expect(used).toEqual(granted);
  });

  it("calls no DriveApp (it needs the full drive scope), only the Advanced Drive service", () => {
    expect(calls.filter((method) => method.startsWith("DriveApp") || method.startsWith("File.") || method.startsWith("Folder."))).toEqual(
      [],
    );
    expect(calls).toContain("Drive.Files.create");
  });

  it("names each scope in the README with what fails without it", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Scopes"), readme.indexOf("\n## ", readme.indexOf("## Scopes") + 1));
    const listed = [...section.matchAll(/`(https:\/\/www\.googleapis\.com\/auth\/[a-z.]+)`/g)].map((match) => match[1]);
    expect(listed).toEqual(granted);
  });
});
