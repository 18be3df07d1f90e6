import { describe, expect, it } from "vitest";
import { CheckSetupResult } from "../../src/domain/api/check-setup";
import type { ExportResult } from "../../src/domain/api/contract";
import { CHECK_STEPS, scopeUrl } from "../../src/domain/setup-check/steps";
import { loadAddOn, MANIFEST, type LoadedAddOn } from "../support/bundle";
import { planWith } from "../support/plans";

const SCOPES: string[] = MANIFEST.oauthScopes;

/** Check set-up as the sidebar's link runs it (google.script.run: AuthMode.FULL), its result checked against the API schema. */
const check = (addOn: LoadedAddOn) => CheckSetupResult.parse(addOn.emulator.runAs("sidebar", () => addOn.run("checkSetup")));

const failed = (result: CheckSetupResult) => result.steps.filter((step) => step.status === "failed");
const step = (result: CheckSetupResult, id: string) => result.steps.find((s) => s.id === id)!;

/** What a person (or a later run) could find: live Drive files and every stored property. */
const leftovers = (addOn: LoadedAddOn) => {
  const state = addOn.emulator.saveState();
  return {
    live: addOn.emulator.drive
      .list()
      .filter((file) => !file.trashed)
      .map((file) => `${file.name} ${file.id}`),
    properties: state.properties,
  };
};

/** Apps Script's own words, which a person must never see. */
const RAW = /Specified permissions|API call to drive|insufficient authentication|Exception|You do not have permission/;

const planFolderOf = (addOn: LoadedAddOn) => {
  const exported = addOn.run<ExportResult>("exportPlan", { finalize: false });
  const folderId = addOn.emulator.drive.list().find((file) => file.id === exported.fileId)!.parents[0];
  return folderId;
};

describe("Check set-up", () => {
  it("passes every step with all the manifest's scopes, and leaves nothing in Drive or the properties", () => {
    const addOn = loadAddOn();
    const before = leftovers(addOn);
    const result = check(addOn);
    expect(result.steps.map((s) => [s.id, s.status])).toEqual(CHECK_STEPS.map((spec) => [spec.id, "passed"]));
    expect(result.passed).toBe(true);
    expect(result.permissions).toEqual({ status: "NOT_REQUIRED", scopes: SCOPES.map((scope) => ({ scope, granted: true })) });
    expect(step(result, "account").detail).toBe("Signed in as owner@example.com.");
    expect(leftovers(addOn)).toEqual(before);
  });

  it("probes the Drive root before the first export, and says so", () => {
    const addOn = loadAddOn();
    const result = check(addOn);
    expect(step(result, "drive").detail).toMatch(/in your Drive's root folder \(there is no plan folder yet/);
    const probe = addOn.emulator.drive.list().find((file) => file.name.startsWith("Check set-up probe"))!;
    expect(probe).toMatchObject({ trashed: true, byApp: true });
  });

  it("probes the plan folder once there is one, and trashes the probe there", () => {
    const addOn = planWith();
    const folderId = planFolderOf(addOn);
    const before = leftovers(addOn);
    const result = check(addOn);
    expect(step(result, "drive")).toMatchObject({ status: "passed", detail: "Created, read and trashed a probe file in the plan folder." });
    const probe = addOn.emulator.drive.list().find((file) => file.name.startsWith("Check set-up probe"))!;
    expect(probe).toMatchObject({ trashed: true, parents: [folderId] });
    expect(leftovers(addOn)).toEqual(before);
  });

  it("each manifest scope is exercised by exactly one step", () => {
    const exercised = CHECK_STEPS.flatMap((spec) => (spec.scope ? [scopeUrl(spec.scope)] : []));
    expect([...exercised].sort()).toEqual([...SCOPES].sort());
  });

  it.each(SCOPES)("without %s exactly one step fails, naming the scope and what to do; the others pass", (scope) => {
    const addOn = loadAddOn();
    const before = leftovers(addOn);
    addOn.emulator.revokeScopes([scope]);
    const result = check(addOn);
    const failures = failed(result);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ scope, detail: expect.stringContaining(`(missing ${scope})`) });
    expect(failures[0].fix).toBe("Reinstall the add-on and accept its permissions, or ask your Workspace admin to allow it.");
    expect(`${failures[0].detail} ${failures[0].fix}`).not.toMatch(RAW);
    expect(result.passed).toBe(false);
    expect(result.permissions.status).toBe("REQUIRED");
    expect(result.permissions.scopes.filter((grant) => !grant.granted)).toEqual([{ scope, granted: false }]);
    expect(leftovers(addOn)).toEqual(before);
  });

  it("names the Drive step's fix as the issue words it when drive.file is withheld", () => {
    const addOn = loadAddOn();
    addOn.emulator.revokeScopes(["drive.file"]);
    const drive = step(check(addOn), "drive");
    expect(`${drive.title}: ${drive.detail} ${drive.fix}`).toBe(
      "Drive: The add-on may not create files (missing https://www.googleapis.com/auth/drive.file). " +
        "Reinstall the add-on and accept its permissions, or ask your Workspace admin to allow it.",
    );
  });

  it("reports a plan folder in the trash with what to do, and creates no probe beside it", () => {
    const addOn = planWith();
    const folderId = planFolderOf(addOn);
    addOn.emulator.globals.Drive.Files.update({ trashed: true }, folderId);
    const files = addOn.emulator.drive.list().length;
    const result = check(addOn);
    expect(failed(result)).toEqual([
      expect.objectContaining({
        id: "drive",
        detail: "The plan folder is in Drive's trash, so the next export cannot write to it.",
        fix: "Restore it from Drive's trash, or clear Drive folder on the Plan sheet so the next export creates a new one.",
      }),
    ]);
    expect(addOn.emulator.drive.list()).toHaveLength(files);
  });

  it("reports a plan folder that was deleted", () => {
    const addOn = planWith();
    addOn.emulator.globals.Drive.Files.remove(planFolderOf(addOn));
    expect(failed(check(addOn))).toEqual([
      expect.objectContaining({
        id: "drive",
        detail: expect.stringMatching(/^The plan folder of the last export can no longer be reached/),
      }),
    ]);
  });

  it("trashes the probe even when reading it back keeps failing", () => {
    const addOn = loadAddOn();
    const before = leftovers(addOn);
    addOn.emulator.faults.failNext("Drive.Files.get", 3);
    const result = check(addOn);
    expect(failed(result)).toEqual([
      expect.objectContaining({
        id: "drive",
        detail: "Google Drive refused or did not answer.",
        fix: expect.stringMatching(/^Run Check set-up again/),
      }),
    ]);
    expect(addOn.emulator.drive.list().filter((file) => file.name.startsWith("Check set-up probe"))).toEqual([
      expect.objectContaining({ trashed: true }),
    ]);
    expect(leftovers(addOn)).toEqual(before);
  });

  it("deletes the probe when Drive will not trash it, and names it when Drive will not remove it either", () => {
    const deleted = loadAddOn();
    deleted.emulator.faults.failNext("Drive.Files.update", 3);
    expect(check(deleted).passed).toBe(true);
    expect(deleted.emulator.drive.list().filter((file) => file.name.startsWith("Check set-up probe"))).toEqual([]);

    const stuck = loadAddOn();
    stuck.emulator.faults.failNext("Drive.Files.update", 3);
    stuck.emulator.faults.failNext("Drive.Files.remove", 3);
    const drive = step(check(stuck), "drive");
    const probe = stuck.emulator.drive.list().find((file) => file.name.startsWith("Check set-up probe"))!;
    expect(drive).toMatchObject({
      status: "failed",
      detail: `Drive did not let the add-on remove its probe file "${probe.name}".`,
      fix: `Delete "${probe.name}" from Drive by hand (it holds nothing), then run Check set-up again.`,
    });
  });

  it("says when someone else holds the document lock, and still runs the other steps", () => {
    const addOn = loadAddOn();
    const release = addOn.emulator.holdLock("document", "another person's export");
    const result = check(addOn);
    release();
    expect(failed(result)).toEqual([
      expect.objectContaining({
        id: "lock",
        detail: "Someone else is running the add-on in this spreadsheet, so the document lock was not free.",
      }),
    ]);
  });

  it("reports several failures at once, each on its own step", () => {
    const addOn = loadAddOn();
    addOn.emulator.revokeScopes(["drive.file", "userinfo.email"]);
    addOn.emulator.faults.failNext("Properties.setProperty");
    const result = check(addOn);
    expect(failed(result).map((s) => s.id)).toEqual(["drive", "properties", "account"]);
    expect(step(result, "properties")).toMatchObject({ detail: "Apps Script refused or did not answer." });
    for (const s of failed(result)) expect(`${s.detail} ${s.fix}`).not.toMatch(RAW);
  });

  it("fails the sidebar step, not the whole check, when Google does not report the permissions", () => {
    const addOn = loadAddOn();
    addOn.emulator.faults.failNext("ScriptApp.getAuthorizationInfo");
    const result = check(addOn);
    expect(result.permissions).toEqual({ status: null, scopes: [] });
    expect(failed(result)).toEqual([expect.objectContaining({ id: "ui", detail: "Google did not say which permissions the add-on has." })]);
  });

  it("from the menu shows every step, passed or failed with its fix, in one alert", () => {
    const addOn = loadAddOn();
    addOn.emulator.revokeScopes(["script.scriptapp"]);
    addOn.emulator.runAs("menu", () => addOn.run("menuCheckSetup"));
    const [alert] = addOn.emulator.ui.alerts;
    expect(alert.title).toBe("Personalization Profiles");
    const lines = alert.message.split("\n\n");
    expect(lines[0]).toBe("1 of 8 checks failed: fix it, then run Check set-up again.");
    expect(lines.slice(1, 9).map((line) => line.split(".")[0])).toEqual([
      "✓ Passed: Spreadsheet",
      "✓ Passed: Drive",
      "✓ Passed: Document lock",
      "✓ Passed: Document properties",
      "✓ Passed: Your account",
      "✗ FAILED: Reminder trigger",
      "✓ Passed: Escalation email",
      "✓ Passed: Sidebar and dialogs",
    ]);
    expect(lines[6]).toContain("(missing https://www.googleapis.com/auth/script.scriptapp). Reinstall the add-on");
    expect(lines[9]).toBe("Permissions: Google reports 5 of 6 granted (authorization REQUIRED). Not granted: script.scriptapp.");
  });

  it("is in the add-on menu", () => {
    const addOn = loadAddOn();
    addOn.emulator.runTrigger("onOpen", () => addOn.run("onOpen"));
    expect(addOn.emulator.ui.menus[0].items).toContainEqual({ caption: "Check set-up", functionName: "menuCheckSetup" });
  });
});
