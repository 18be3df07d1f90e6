import { describe, expect, it } from "vitest";
import type { Escalation } from "../../src/domain/api/collaboration";
import type { Status, ValidationReport } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { changeLog } from "../support/edits";
import { planWith } from "../support/plans";
import { largeExample } from "../fixtures/large-workbook";
import { loadAddOn } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";

const DAY = 86_400_000;
/** The add-on on the emulator's clock, which the tests move forward. */
const timed = () => loadAddOn({ scriptDate: true, now: () => new Date("2026-11-10T09:00:00Z") });
/** signup_date loses its email consent: a compliance blocker on new-free-users → email. */
const consentBlocker = () =>
  planWith((e) => {
    e.sheets["2 Attributes"][1]["Consent purposes"] = "personalization";
  }, timed());
/** Validates, then lets a day pass (the default Escalation interval). */
const validate = (addOn: LoadedAddOn) => {
  const report = addOn.run<ValidationReport>("validatePlan").escalations;
  addOn.emulator.clock.advance(DAY);
  return report;
};
const escalationLog = (addOn: LoadedAddOn) => changeLog(addOn).filter((row) => row.Source === "escalation");

describe("escalations (validatePlan, getStatus, Change log, plan JSON)", () => {
  it("a consent blocker escalates when still there a day later and climbs one rung a day to the Exec sponsor", () => {
    const addOn = consentBlocker();
    expect(validate(addOn)).toEqual([]);
    const rungs = [2, 3, 4, 5].map(() => validate(addOn)[0]).map((e) => [e.rung, e.role, e.owner]);
    expect(rungs).toEqual([
      [1, "Personalization Architect", "ana@example.com"],
      [2, "Data Privacy Lead", "priya@example.com"],
      [3, "Exec sponsor", "sam@example.com"],
      [3, "Exec sponsor", "sam@example.com"],
    ]);
    const moves = escalationLog(addOn).filter((row) => !row["New value"].startsWith("Emailed"));
    expect(moves.map((row) => [row.Sheet, row["Row key"], row["New value"].split(":")[0]])).toEqual([
      ["4 Activation", "new-free-users → email (signup_date)", "Escalated to rung 1, Personalization Architect (ana@example.com)"],
      ["4 Activation", "new-free-users → email (signup_date)", "rung 2, Data Privacy Lead (priya@example.com)"],
      ["4 Activation", "new-free-users → email (signup_date)", "rung 3, Exec sponsor (sam@example.com)"],
    ]);
    expect(addOn.run<Status>("getStatus").escalations).toEqual([
      expect.objectContaining({ code: "CONSENT_MISSING", rung: 3, status: "open" }),
    ]);
    // Each rung's person is emailed once, when it reaches them; the log says so.
    expect(addOn.emulator.mail.sent().map((m) => m.to)).toEqual([["ana@example.com"], ["priya@example.com"], ["sam@example.com"]]);
    expect(
      escalationLog(addOn)
        .filter((row) => row["New value"].startsWith("Emailed"))
        .map((row) => row["New value"].split(":")[0]),
    ).toEqual(["Emailed ana@example.com", "Emailed priya@example.com", "Emailed sam@example.com"]);
  });

  it("an attribute below its coverage SLA escalates on the first run", () => {
    const addOn = planWith((e) => {
      e.sheets["2 Attributes"][3]["Coverage %"] = 80;
    });
    expect(validate(addOn)).toEqual([
      expect.objectContaining({ code: "COVERAGE_SLA", item: "seats_used", rung: 1, owner: "ana@example.com" }),
    ]);
  });

  it("an empty rung with no fallback agent falls to the item's Fallback owner from 5 Governance", () => {
    const addOn = planWith((e) => {
      e.plan["Personalization Architect"] = "";
      e.sheets["2 Attributes"][3]["Coverage %"] = 80;
      e.sheets["5 Governance"].push({
        Scope: "attribute",
        Item: "seats_used",
        Owner: "dev@example.com",
        "Fallback owner": "dana@example.com",
        "QA cadence": "weekly",
      });
    }, timed());
    expect(validate(addOn)[0]).toMatchObject({
      rung: 1,
      role: "Personalization Architect",
      owner: "dana@example.com",
      ownerIsFallback: true,
    });
    expect(validate(addOn)[0]).toMatchObject({ rung: 2, owner: "priya@example.com", ownerIsFallback: false });
  });

  it("fixing the cause resolves it with a remediation entry; the plan JSON keeps it", () => {
    const addOn = consentBlocker();
    validate(addOn);
    validate(addOn);
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("K3").setValue("personalization, email_marketing");
    const report = validate(addOn);
    expect(report).toEqual([
      expect.objectContaining({ status: "resolved", remediation: expect.stringContaining("no longer finds CONSENT_MISSING") }),
    ]);
    expect(escalationLog(addOn).at(-2)).toMatchObject({
      "Old value": "rung 1, Personalization Architect (ana@example.com)",
      "New value": expect.stringMatching(/^Resolved\. Fixed: /),
    });
    expect(addOn.run<Status>("getStatus").escalations).toEqual([]);
    const exported = addOn.run<{ name: string }>("exportPlan");
    const file = addOn.emulator.drive.list().find((f) => f.name === exported.name)!;
    const plan = JSON.parse(file.content.toString()) as PlanDocument;
    expect(plan.escalations).toEqual([
      expect.objectContaining({
        id: "CONSENT_MISSING:new-free-users → email:signup_date",
        status: "resolved",
        resolvedAt: expect.any(String),
      }),
    ]);
    // Opened, emailed to the architect, resolved, resolution emailed.
    expect(plan.changeLog.filter((row) => row.source === "escalation")).toHaveLength(4);
    expect(addOn.emulator.mail.sent().map((m) => [m.to[0], m.subject])).toEqual([
      ["ana@example.com", "[PLG Onboarding] Escalation to you: CONSENT_MISSING on new-free-users → email (signup_date)"],
      ["ana@example.com", "[PLG Onboarding] Resolved: CONSENT_MISSING on new-free-users → email (signup_date)"],
    ]);
  });

  it("a workbook missing a sheet leaves escalations as they were instead of resolving them", () => {
    const addOn = planWith((e) => {
      e.sheets["2 Attributes"][3]["Coverage %"] = 80;
    });
    validate(addOn);
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.setName("Attributes (old)");
    expect(validate(addOn)).toEqual([expect.objectContaining({ status: "open", rung: 1 })]);
  });

  it("keeps hundreds of escalations between runs within the 9 KB property limit", () => {
    const addOn = timed();
    addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
    writeExample(addOn, largeExample({ attributes: 1_500, profiles: 20, activations: 20 }));
    const first = validate(addOn);
    expect(first.length).toBe(300);
    const second = validate(addOn);
    expect(second.filter((e: Escalation) => e.rung === 2)).toHaveLength(first.length);
    const stored = Object.values(addOn.emulator.saveState().properties.document);
    expect(Math.max(...stored.map((value) => Buffer.byteLength(value)))).toBeLessThanOrEqual(9 * 1024);
    expect(addOn.run<Status>("getStatus").escalations).toHaveLength(first.length);
  });

  it("2,000 open escalations all climb the ladder, within the property budget, with nothing said about a budget", () => {
    const addOn = timed();
    addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
    writeExample(addOn, largeExample({ attributes: 10_000, profiles: 20, activations: 20 }));
    for (const rung of [1, 2, 3]) {
      const report = addOn.run<ValidationReport>("validatePlan");
      addOn.emulator.clock.advance(DAY);
      expect(report.escalations.filter((e) => e.status === "open" && e.rung === rung)).toHaveLength(2_000);
      expect(report.findings.filter((f) => f.code === "ESCALATION_BUDGET")).toEqual([]);
    }
    const stored = Object.entries(addOn.emulator.saveState().properties.document).filter(([key]) => key.startsWith("escalations"));
    expect(stored.reduce((sum, [, value]) => sum + Buffer.byteLength(value), 0)).toBeLessThanOrEqual(300 * 1024);
    expect(addOn.run<Status>("getStatus").escalations).toHaveLength(2_000);
  }, 60_000);
});
