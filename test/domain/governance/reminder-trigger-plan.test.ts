import { describe, expect, it } from "vitest";
import { planReminderTrigger } from "../../../src/domain/governance/reminder-trigger-plan";

const off = { enabled: false, owner: null, lastRunAt: null };
const onFor = (owner: string) => ({ enabled: true, owner, lastRunAt: "2026-11-30T08:00:00.000Z" });

describe("one weekly reminder trigger for the whole spreadsheet", () => {
  it("turning reminders on makes the user the owner and keeps one trigger of theirs", () => {
    expect(planReminderTrigger(off, true, "priya@example.com")).toEqual({
      next: { enabled: true, owner: "priya@example.com", lastRunAt: null },
      keep: 1,
    });
  });

  it("a second person turning them on adds nothing while someone else's trigger runs them", () => {
    expect(planReminderTrigger(onFor("priya@example.com"), true, "sam@example.com")).toEqual({ next: null, keep: 0 });
  });

  it("the owner turning them on again keeps their one trigger and the last run", () => {
    expect(planReminderTrigger(onFor("priya@example.com"), true, "priya@example.com")).toEqual({
      next: onFor("priya@example.com"),
      keep: 1,
    });
  });

  it("anyone turning them off clears the owner and deletes their own triggers", () => {
    expect(planReminderTrigger(onFor("priya@example.com"), false, "sam@example.com")).toEqual({
      next: { enabled: false, owner: null, lastRunAt: "2026-11-30T08:00:00.000Z" },
      keep: 0,
    });
  });
});
