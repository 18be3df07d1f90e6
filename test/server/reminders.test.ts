import { describe, expect, it } from "vitest";
import type { Status } from "../../src/domain/api/contract";
import { loadAddOn, sheetValues, type LoadedAddOn } from "../support/bundle";
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
      "Emailed: ana@example.com.",
    ]);
    expect(addOn.run<Status>("getStatus").reminders).toEqual({ enabled: true, lastRunAt: expect.stringMatching(/^\d{4}-/) });
  });

  it("emails each owner the reviews due within the week or overdue, and the objectives past their Due date", () => {
    const addOn = planWith(
      (e) => {
        e.sheets["5 Governance"][0]["Next review"] = "2026-11-20";
        e.sheets["5 Governance"].push({
          Scope: "attribute",
          Item: "plan",
          Owner: "dana@example.com",
          "QA cadence": "weekly",
          "Next review": "2026-12-04",
        });
        e.sheets["5 Governance"].push({
          Scope: "attribute",
          Item: "seats_used",
          Owner: "dana@example.com",
          "QA cadence": "monthly",
          "Next review": "2027-03-01",
        });
        e.sheets["5 Governance"].push({
          Scope: "source",
          Item: "CRM",
          Owner: "Data team",
          "QA cadence": "monthly",
          "Next review": "2026-11-01",
        });
        e.sheets["1 Objectives"][0]["Due date"] = "2026-11-30";
        e.sheets["1 Objectives"][0].Owner = "ana@example.com";
      },
      loadAddOn({ scriptDate: true, now: () => new Date("2026-12-01T08:00:00Z"), timeZone: "Etc/UTC" }),
    );
    addOn.run("setReminders", { enabled: true });
    addOn.run("runGovernanceReminders");
    const mails = addOn.emulator.mail.sent();
    expect(mails.map((m) => [m.to.join(), m.subject])).toEqual([
      ["ana@example.com", "[PLG Onboarding] 2 reviews due, 2 overdue"],
      ["dana@example.com", "[PLG Onboarding] 1 review due"],
    ]);
    expect(mails[0].body).toContain("• Overdue since 2026-11-20: plan * (5 Governance row 2)");
    expect(mails[0].body).toContain("• Overdue since 2026-11-30: objective OBJ-1 (1 Objectives row 2)");
    expect(mails[1].body).toContain("• Due 2026-12-04: attribute plan (5 Governance row 3)");
    expect(planField(addOn, "Reminders").split("\n").slice(-2)).toEqual([
      "Emailed: ana@example.com, dana@example.com.",
      "No email address to remind: source CRM (5 Governance row 5, owner Data team).",
    ]);
  });

  it("a used-up quota and an address Gmail refuses are each said on the Plan sheet; the next run emails again", () => {
    const addOn = planWith(
      (e) => {
        e.sheets["5 Governance"][0]["Next review"] = "2026-11-20";
        e.sheets["5 Governance"][0].Owner = "ana..b@example.com";
        e.sheets["5 Governance"].push({
          Scope: "attribute",
          Item: "plan",
          Owner: "dana@example.com",
          "QA cadence": "weekly",
          "Next review": "2026-11-04",
        });
      },
      loadAddOn({ scriptDate: true, now: () => new Date("2026-12-01T08:00:00Z"), timeZone: "Etc/UTC" }),
    );
    addOn.run("setReminders", { enabled: true });
    addOn.emulator.mail.setDailyQuota(0);
    addOn.run("runGovernanceReminders");
    expect(planField(addOn, "Reminders").split("\n").slice(-2)).toEqual([
      "Not emailed: dana@example.com (today's email quota is used up: the next run emails again).",
      "Not emailed: ana..b@example.com (today's email quota is used up: the next run emails again).",
    ]);
    addOn.emulator.mail.setDailyQuota(100);
    addOn.emulator.clock.advance(7 * 86_400_000);
    addOn.run("runGovernanceReminders");
    expect(addOn.emulator.mail.sent().map((m) => m.to.join())).toEqual(["dana@example.com"]);
    expect(planField(addOn, "Reminders").split("\n").slice(-2)).toEqual([
      "Emailed: dana@example.com.",
      "Not emailed: ana..b@example.com (Gmail refused the address: correct it on 5 Governance or 1 Objectives).",
    ]);
  });

  it("rejects a bad input plainly", () => {
    expect(() => planWith().run("setReminders", { enabled: "yes" })).toThrow("enabled must be true or false.");
  });
});
