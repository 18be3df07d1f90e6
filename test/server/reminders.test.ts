import { describe, expect, it } from "vitest";
import type { Status } from "../../src/domain/api/contract";
import { sheetValues, type LoadedAddOn } from "../support/bundle";
import { planWith } from "../support/plans";

const reminderTriggers = (addOn: LoadedAddOn) => addOn.emulator.triggers().filter((t) => t.handler === "runGovernanceReminders");
const planField = (addOn: LoadedAddOn, label: string) =>
  String(Object.fromEntries(sheetValues(addOn, "Plan").map(([f, v]) => [f, v]))[label]);

describe("governance reminders (setReminders, the weekly trigger)", () => {
  it("installs one weekly time-driven trigger; installing twice still leaves one", () => {
    const addOn = planWith();
    expect(addOn.run("setReminders", { enabled: true })).toEqual({ enabled: true, lastRunAt: null });
    addOn.run("setReminders", { enabled: true });
    expect(reminderTriggers(addOn)).toEqual([
      expect.objectContaining({ eventType: "CLOCK", schedule: expect.objectContaining({ everyWeeks: 1 }) }),
    ]);
    expect(addOn.run<Status>("getStatus").reminders).toEqual({ enabled: true, lastRunAt: null });
  });

  it("removing it removes the trigger", () => {
    const addOn = planWith();
    addOn.run("setReminders", { enabled: true });
    expect(addOn.run("setReminders", { enabled: false })).toEqual({ enabled: false, lastRunAt: null });
    expect(reminderTriggers(addOn)).toEqual([]);
  });

  it("a second person turning reminders on adds no second trigger; turning them off stops the first person's at its next run", () => {
    const addOn = planWith();
    addOn.run("setReminders", { enabled: true });
    addOn.emulator.setUser("priya@example.com");
    addOn.run("setReminders", { enabled: true });
    expect(reminderTriggers(addOn)).toHaveLength(1);
    addOn.run("setReminders", { enabled: false });
    addOn.emulator.setUser("owner@example.com");
    addOn.run("runGovernanceReminders");
    expect(reminderTriggers(addOn)).toEqual([]);
  });

  it("each run lists overdue reviews and open escalations on the Plan sheet", () => {
    const addOn = planWith((e) => {
      e.sheets["5 Governance"][0]["Next review"] = "2020-01-15";
      e.sheets["2 Attributes"][3]["Coverage %"] = 80;
    });
    addOn.run("validatePlan");
    addOn.run("setReminders", { enabled: true });
    addOn.run("runGovernanceReminders");
    expect(planField(addOn, "Reminders").split("\n")).toEqual([
      expect.stringMatching(/^Checked \d{4}-\d{2}-\d{2}: 1 review overdue, 1 open escalation\.$/),
      "• Review overdue since 2020-01-15: plan * (owner ana@example.com), 5 Governance row 2",
      "• Escalation at rung 1, Personalization Architect (ana@example.com): COVERAGE_SLA for seats_used",
    ]);
    expect(addOn.run<Status>("getStatus").reminders).toEqual({ enabled: true, lastRunAt: expect.stringMatching(/^\d{4}-/) });
  });

  it("rejects a bad input plainly", () => {
    expect(() => planWith().run("setReminders", { enabled: "yes" })).toThrow("enabled must be true or false.");
  });
});
