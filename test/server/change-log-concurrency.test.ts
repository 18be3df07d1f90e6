import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../src/domain/api/contract";
import { brief, changeLog, edit } from "../support/edits";
import { planWith } from "../support/plans";

function workingPlan() {
  const addOn = planWith();
  addOn.run("validatePlan");
  return addOn;
}

/** Every edit row once: (user, sheet, row key, column, new value) never repeats. */
function expectNoDuplicates(rows: ReturnType<typeof changeLog>) {
  const keys = rows.filter((row) => row.Source === "edit").map((row) => JSON.stringify(brief(row)));
  expect(new Set(keys).size).toBe(keys.length);
}

describe("the Change log under interleaved executions", () => {
  it("two people pasting while a validation runs in between: every cell logged once, with its true old value", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    // Ana pastes; before her trigger runs, Bob pastes elsewhere and Priya validates.
    addOn.emulator.setUser("ana@example.com");
    const anas = addOn.emulator.simulateEdit("2 Attributes", "I2", [
      ["90", "96"],
      ["91", "96"],
    ]);
    addOn.emulator.setUser("bob@example.com");
    const bobs = addOn.emulator.simulateEdit("3 Profiles", "J2", [["3"], ["4"]]);
    addOn.emulator.setUser("priya@example.com");
    addOn.run("validatePlan");
    const onEdit = addOn.context.onEdit as (e: unknown) => void;
    onEdit(bobs);
    onEdit(anas);
    const logged = changeLog(addOn)
      .slice(before)
      .filter((row) => row.Source === "edit")
      .map(brief);
    expect(logged).toEqual([
      ["bob@example.com", "3 Profiles", "new-free-users", "Priority", "1", "3", "edit"],
      ["bob@example.com", "3 Profiles", "growing-teams", "Priority", "2", "4", "edit"],
      ["ana@example.com", "2 Attributes", "plan", "Coverage %", "98", "90", "edit"],
      ["ana@example.com", "2 Attributes", "plan", "Coverage SLA %", "95", "96", "edit"],
      ["ana@example.com", "2 Attributes", "signup_date", "Coverage %", "98", "91", "edit"],
      ["ana@example.com", "2 Attributes", "signup_date", "Coverage SLA %", "95", "96", "edit"],
    ]);
    expectNoDuplicates(changeLog(addOn));
  });

  it("an edit whose trigger cannot get the lock is parked, told plainly, and logged once by the next run", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    const release = addOn.emulator.holdLock("document", "Priya's validation");
    addOn.emulator.setUser("ana@example.com");
    edit(addOn, "2 Attributes", "I2", [["90"], ["91"]]);
    expect(changeLog(addOn)).toHaveLength(before);
    expect(addOn.emulator.ui.toasts.at(-1)?.message).toMatch(
      /Your edit on 2 Attributes is saved\. Someone else was updating the plan, so it will appear in the Change log with the next change\./,
    );
    expect(addOn.emulator.events.filter((event) => event.type === "lock-timeout")).toHaveLength(3);
    release();
    addOn.emulator.setUser("bob@example.com");
    edit(addOn, "3 Profiles", "J2", [["3"]]);
    addOn.run("validatePlan");
    edit(addOn, "3 Profiles", "J3", [["5"]]);
    const logged = changeLog(addOn)
      .slice(before)
      .filter((row) => row.Source === "edit")
      .map((row) => [row.User, row["Row key"], row.Column, row["Old value"], row["New value"]]);
    expect(logged).toEqual([
      ["ana@example.com", "plan", "Coverage %", "98", "90"],
      ["ana@example.com", "signup_date", "Coverage %", "98", "91"],
      ["bob@example.com", "new-free-users", "Priority", "1", "3"],
      ["bob@example.com", "growing-teams", "Priority", "2", "5"],
    ]);
    expectNoDuplicates(changeLog(addOn));
  });

  it("retries a lock timeout, then records the edit as usual", () => {
    const addOn = workingPlan();
    addOn.emulator.faults.failNext("Lock.waitLock", 1, "Lock timeout: another process was holding the lock for too long.");
    edit(addOn, "2 Attributes", "I3", [["91"]]);
    expect(changeLog(addOn).at(-1)).toMatchObject({ "Row key": "signup_date", "Old value": "98", "New value": "91" });
    expect(addOn.emulator.events.some((event) => event.type === "sleep")).toBe(true);
  });

  it("a sidebar action retries, then tells the user plainly and changes nothing", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn);
    addOn.emulator.holdLock("document", "a long export");
    expect(() => addOn.run<ValidationReport>("validatePlan")).toThrow(
      "Someone else is updating this plan right now (the add-on waited 60 seconds). Try again in a minute; nothing was changed.",
    );
    expect(addOn.emulator.events.filter((event) => event.type === "lock-timeout")).toHaveLength(2);
    expect(changeLog(addOn)).toEqual(before);
  });

  it("each edit writes under the document lock and flushes before releasing it", () => {
    const addOn = workingPlan();
    const from = addOn.emulator.events.length;
    edit(addOn, "2 Attributes", "I3", [["91"]]);
    expect(addOn.emulator.events.slice(from).map((event) => event.type)).toEqual(["lock", "flush", "release"]);
  });
});
