import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../src/domain/api/contract";
import { changeLog } from "../support/edits";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";
import { loadAddOn } from "../support/bundle";

const DAY = 86_400_000;
/** The emulator's clock, fixed: every run of the sweep starts at the same moment. */
const CLOCK = { scriptDate: true, now: () => new Date("2026-11-10T09:00:00Z") };

/**
 * A consent blocker first seen a day ago and an attribute below its coverage
 * SLA at rung 1 a day ago (its architect emailed): the next run opens the one
 * and moves the other up, emailing the architect and the privacy lead.
 */
function start() {
  const addOn = planWith((e) => {
    e.sheets["2 Attributes"][1]["Consent purposes"] = "personalization";
    e.sheets["2 Attributes"][3]["Coverage %"] = 80;
  }, loadAddOn(CLOCK));
  addOn.run("validatePlan");
  addOn.emulator.clock.advance(DAY);
  return addOn.emulator.saveState();
}

/** A sweep loads the add-on hundreds of times: its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 90_000;

/** Validate's answer: a run whose emails did not all go says so in an ESCALATION_MAIL finding, and the next run sends them. */
const validate = (addOn: ReturnType<typeof loadAddOn>) => {
  const report = addOn.run<ValidationReport>("validatePlan");
  const unsent = report.findings.find((f) => f.code === "ESCALATION_MAIL");
  return unsent ? { refused: unsent.message } : undefined;
};

describe("an escalation run under faults (DESIGN section 9)", () => {
  it(
    "the escalation state, its emails and its Change log rows move together, once",
    () => {
      const state = start();
      const clean = loadAddOn({ ...CLOCK, state: structuredClone(state) });
      const before = changeLog(clean).length;
      const mailedBefore = clean.emulator.mail.sent().length;
      const report = clean.run<ValidationReport>("validatePlan");
      expect(report.escalations.map((e) => [e.code, e.rung])).toEqual([
        ["COVERAGE_SLA", 2],
        ["CONSENT_MISSING", 1],
      ]);
      expect(
        changeLog(clean)
          .slice(before)
          .filter((row) => row.Source === "escalation")
          .map((row) => row["New value"].split(":")[0]),
      ).toEqual([
        "rung 2, Data Privacy Lead (priya@example.com)",
        "Escalated to rung 1, Personalization Architect (ana@example.com)",
        "Emailed priya@example.com",
        "Emailed ana@example.com",
      ]);
      expect(
        clean.emulator.mail
          .sent()
          .slice(mailedBefore)
          .map((m) => m.to.join()),
      ).toEqual(["priya@example.com", "ana@example.com"]);

      const result = faultSweep({
        operation: "Escalation run (Validate, with mail)",
        start: state,
        load: CLOCK,
        run: validate,
        next: { run: (addOn) => void addOn.run("validatePlan") },
        // Three tries and the two pauses between them: the call fails through all its retries.
        maxRuns: 20,
      });
      expect(result.problems).toEqual([]);
      expect(result.outcomes.filter((o) => !o.burst).every((o) => o.outcome === "done")).toBe(true);
      expect(result.outcomes.some((o) => o.outcome === "refused")).toBe(true);
    },
    SWEEP_BUDGET_MS,
  );

  it("each send that keeps failing through its retries leaves its email owed, and the next run sends exactly what was missing", () => {
    const state = start();
    const clean = loadAddOn({ ...CLOCK, state: structuredClone(state) });
    const before = clean.emulator.calls.snapshot();
    clean.run("validatePlan");
    const sequence = clean.emulator.calls.sequence().slice(before.total);
    const sends = sequence.flatMap((name, i) => (name === "MailApp.sendEmail" ? [i + 1] : []));
    expect(sends).toHaveLength(2);
    const mailed = (addOn: ReturnType<typeof loadAddOn>) => addOn.emulator.mail.sent().map((m) => m.to.join());
    for (const k of sends) {
      const addOn = loadAddOn({ ...CLOCK, state: structuredClone(state) });
      const already = mailed(addOn).length;
      addOn.emulator.faults.failCall(addOn.emulator.calls.total() + k, { times: 5 });
      expect(validate(addOn)?.refused).toMatch(
        /^Escalation email to .* was not sent .*Gmail did not respond: the next Validate sends it\./,
      );
      addOn.emulator.faults.clear();
      expect(validate(addOn)).toBeUndefined();
      expect(mailed(addOn).slice(already).sort()).toEqual(["ana@example.com", "priya@example.com"]);
      expect(addOn.run<ValidationReport>("validatePlan").escalations.map((e) => [e.code, e.rung, e.told])).toEqual([
        ["COVERAGE_SLA", 2, ["ana@example.com", "priya@example.com"]],
        ["CONSENT_MISSING", 1, ["ana@example.com"]],
      ]);
    }
  });
});
