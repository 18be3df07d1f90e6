import { describe, expect, it } from "vitest";
import type { EmulatorState } from "../../emulator";
import { loadAddOn, type LoadedAddOn } from "../support/bundle";
import { brief, changeLog } from "../support/edits";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

/**
 * The edit trigger under faults. The person's edit is part of the start
 * state: it stays whatever the trigger does. The rule asserted, for every
 * call failing once and every call failing through all its retries:
 * - failing once never shows (each call is tried again): the edit is logged at once;
 * - a call failing through its retries before the trigger has kept the edit
 *   (its first setProperties) leaves everything exactly as it was;
 * - one failing after that leaves the edit kept: the next edit's trigger
 *   logs it, then its own, exactly as if nothing had failed (same rows, same
 *   old values, nothing left parked).
 */
interface Edit {
  sheet: string;
  a1: string;
  values: string[][];
}

/** The trigger for an edit already in the sheet: Sheets' event for it, with the old value Sheets saw. */
function trigger(addOn: LoadedAddOn, edit: Edit, oldValue?: string): void {
  const { oldValue: _reread, ...event } = addOn.emulator.simulateEdit(edit.sheet, edit.a1, edit.values);
  (addOn.context.onEdit as (e: unknown) => void)(oldValue === undefined ? event : { ...event, oldValue });
}

function editAndTrigger(addOn: LoadedAddOn, user: string, edit: Edit): void {
  addOn.emulator.setUser(user);
  const event = addOn.emulator.simulateEdit(edit.sheet, edit.a1, edit.values);
  (addOn.context.onEdit as (e: unknown) => void)(event);
}

/** A validated plan a minute later, with Dana's edit made and its trigger still to run. */
function startWith(edit: Edit): { state: EmulatorState; oldValue?: string } {
  const addOn = planWith();
  addOn.run("validatePlan");
  addOn.emulator.clock.advance(61_000);
  addOn.emulator.setUser("dana@example.com");
  const event = addOn.emulator.simulateEdit(edit.sheet, edit.a1, edit.values);
  return { state: addOn.emulator.saveState(), oldValue: event.oldValue };
}

/** Where in a clean run the trigger keeps the edit. */
function keptAt(state: EmulatorState, edit: Edit, oldValue?: string): number {
  const addOn = loadAddOn({ state: structuredClone(state) });
  const before = addOn.emulator.calls.snapshot();
  trigger(addOn, edit, oldValue);
  return addOn.emulator.calls.sequence().slice(before.total).indexOf("Properties.setProperties") + 1;
}

function sweep(first: Edit, next: Edit, maxRuns: number) {
  const { state, oldValue } = startWith(first);
  const result = faultSweep({
    operation: `Edit trigger (${first.a1})`,
    start: state,
    run: (addOn) => {
      const told = addOn.emulator.ui.toasts.length;
      trigger(addOn, first, oldValue);
      // A trigger that kept the edit for later (the lock stayed busy through its waits) says so, and that is its refusal.
      const notice = addOn.emulator.ui.toasts.slice(told).find((toast) => /will appear in the Change log/.test(toast.message));
      return notice ? { refused: notice.message } : undefined;
    },
    next: { run: (addOn) => editAndTrigger(addOn, "bob@example.com", next) },
    // Three tries and the two pauses between them: the call fails through all its retries.
    maxRuns,
  });
  return { result, kept: keptAt(state, first, oldValue), state, oldValue };
}

function expectTheRule({ result, kept }: ReturnType<typeof sweep>) {
  expect(result.problems).toEqual([]);
  expect(kept).toBeGreaterThan(1);
  expect(result.outcomes.filter((o) => !o.burst).every((o) => o.outcome === "done")).toBe(true);
  expect(result.outcomes.filter((o) => o.outcome === "refused").every((o) => o.burst && o.k <= kept)).toBe(true);
  expect(result.outcomes.filter((o) => o.outcome === "resumed").every((o) => o.burst && o.k >= kept)).toBe(true);
  expect(result.outcomes.some((o) => o.outcome === "resumed")).toBe(true);
}

const rows = (n: number, width: number, tag: string) =>
  Array.from({ length: n }, (_, r) => Array.from({ length: width }, (_, c) => `${tag} ${r + 2}-${c + 2}`));

/** A sweep loads the add-on hundreds of times: its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 90_000;

describe("the edit trigger under faults (DESIGN section 9)", () => {
  it(
    "a single cell: logged at once, or kept and logged once by the next edit's trigger",
    () => {
      const run = sweep({ sheet: "2 Attributes", a1: "I3", values: [["91"]] }, { sheet: "2 Attributes", a1: "I3", values: [["92"]] }, 24);
      expectTheRule(run);
    },
    SWEEP_BUDGET_MS,
  );

  it(
    "a 1,000-cell paste: logged at once, or kept and logged once by the next edit's trigger",
    () => {
      const run = sweep(
        { sheet: "2 Attributes", a1: "B2", values: rows(100, 10, "dana") },
        { sheet: "2 Attributes", a1: "B2", values: rows(100, 10, "bob") },
        14,
      );
      expectTheRule(run);
    },
    SWEEP_BUDGET_MS,
  );

  it("when the trigger could not even read the edit, nothing claims a false old value later", () => {
    const first = { sheet: "2 Attributes", a1: "B2", values: rows(2, 2, "dana") };
    const { state } = startWith(first);
    const addOn = loadAddOn({ state: structuredClone(state) });
    const before = changeLog(addOn).length;
    addOn.emulator.faults.failCall(1, { outage: true });
    expect(() => trigger(addOn, first)).toThrow(/^Change log: your edit is saved, but a Google service did not respond/);
    addOn.emulator.faults.clear();
    editAndTrigger(addOn, "bob@example.com", { sheet: "2 Attributes", a1: "B2", values: rows(2, 2, "bob") });
    // Dana's change folds into Bob's: the log goes from what was there before either edit.
    expect(changeLog(addOn).slice(before).map(brief)).toEqual([
      ["bob@example.com", "2 Attributes", "plan", "Display name", "plan", "bob 2-2", "edit"],
      ["bob@example.com", "2 Attributes", "plan", "Type", "enum", "bob 2-3", "edit"],
      ["bob@example.com", "2 Attributes", "signup_date", "Display name", "signup date", "bob 3-2", "edit"],
      ["bob@example.com", "2 Attributes", "signup_date", "Type", "date", "bob 3-3", "edit"],
    ]);
  });
});
