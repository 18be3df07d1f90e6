import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contract } from "../../src/domain/api/contract";
import { loadAddOn } from "../support/bundle";

describe("build/Code.js in Apps Script (gas-local on the emulator)", () => {
  it("exposes exactly the entry points as global functions, and no internal helper", () => {
    const { context } = loadAddOn();
    const globals = Object.keys(context).filter((name) => typeof context[name] === "function");
    expect(globals.sort()).toEqual(
      [
        "menuCheckSetup",
        "menuExport",
        "menuSetupSheets",
        "menuValidate",
        "onEdit",
        "onInstall",
        "onOpen",
        "runGovernanceReminders",
        "showSidebar",
        ...Object.keys(contract),
      ].sort(),
    );
    const source = readFileSync("build/Code.js", "utf8");
    expect(source.match(/^function \w+\(/gm)).toHaveLength(globals.length);
  });

  it("adds the add-on menu on open and on install", () => {
    for (const entry of ["onOpen", "onInstall"]) {
      const addOn = loadAddOn();
      addOn.run(entry, { authMode: "FULL" });
      const items = addOn.emulator.ui.menus.at(-1)!.items.map((item) => ("caption" in item ? item.caption : "-"));
      expect(items).toEqual(["Open sidebar", "Set up sheets", "Validate", "Export plan", "Check set-up"]);
    }
  });

  it("opens the built sidebar", () => {
    const addOn = loadAddOn();
    addOn.run("showSidebar");
    expect(addOn.emulator.ui.sidebar?.title).toBe("Personalization Profiles");
    expect(addOn.emulator.ui.sidebar?.html).toContain("<script>");
  });
});

describe("menu actions that fail", () => {
  it("explain why in a dialog instead of failing with a script error", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web"] });
    addOn.emulator.holdLock("document", "another person's export");
    addOn.run("menuValidate");
    expect(addOn.emulator.ui.alerts.at(-1)).toEqual(
      expect.objectContaining({ message: expect.stringContaining("Someone else is updating this plan right now") }),
    );
  });
});
