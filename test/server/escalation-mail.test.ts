import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../src/domain/api/contract";
import { loadAddOn, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { planWith, setPlanValue } from "../support/plans";

const DAY = 86_400_000;
const timed = () => loadAddOn({ scriptDate: true, now: () => new Date("2026-11-10T09:00:00Z") });
/** A consent blocker on new-free-users → email (4 Activation row 3). */
const consentBlocker = (change: Parameters<typeof planWith>[0] = () => {}) =>
  planWith((e) => {
    e.sheets["2 Attributes"][1]["Consent purposes"] = "personalization";
    change?.(e);
  }, timed());
const validate = (addOn: LoadedAddOn) => addOn.run<ValidationReport>("validatePlan");
const mailTo = (addOn: LoadedAddOn) => addOn.emulator.mail.sent().map((m) => m.to.join());

describe("escalation email (MailApp, scope script.send_mail)", () => {
  it("names the blocker, the item and links to its cell by sheet id and range", () => {
    const addOn = consentBlocker();
    validate(addOn);
    addOn.emulator.clock.advance(DAY);
    validate(addOn);
    const [mail] = addOn.emulator.mail.sent();
    const spreadsheet = spreadsheetOf(addOn);
    const sheet = spreadsheet.getSheetByName("4 Activation")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const column = String.fromCharCode(65 + header.indexOf("Consent purpose"));
    expect(mail.to).toEqual(["ana@example.com"]);
    expect(mail.body).toContain("Blocker: CONSENT_MISSING");
    expect(mail.body).toContain("Item: new-free-users → email (signup_date)");
    expect(mail.body).toContain(`${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}&range=${column}3`);
    expect(mail.body).toMatch(/rung 1 of its escalation ladder, Personalization Architect/);
  });

  it("Validate clicked twice 20 ms apart neither escalates nor emails; a day later it does, once", () => {
    const addOn = consentBlocker();
    validate(addOn);
    addOn.emulator.clock.advance(20);
    expect(validate(addOn).escalations).toEqual([]);
    addOn.emulator.clock.advance(DAY);
    expect(validate(addOn).escalations).toEqual([expect.objectContaining({ rung: 1 })]);
    addOn.emulator.clock.advance(20);
    expect(validate(addOn).escalations).toEqual([expect.objectContaining({ rung: 1 })]);
    expect(mailTo(addOn)).toEqual(["ana@example.com"]);
  });

  it("an empty Architect rung goes to the Customer Data Engineer, their fallback agent", () => {
    const addOn = consentBlocker((e) => {
      e.plan["Personalization Architect"] = "";
      e.plan["Customer Data Engineer"] = "dee@example.com";
    });
    validate(addOn);
    addOn.emulator.clock.advance(DAY);
    expect(validate(addOn).escalations[0]).toMatchObject({ owner: "dee@example.com", coveredBy: "Customer Data Engineer" });
    expect(mailTo(addOn)).toEqual(["dee@example.com"]);
  });

  it("a used-up mail quota says so, keeps the escalation, and the email goes out once the quota frees up", () => {
    const addOn = consentBlocker();
    addOn.emulator.mail.setDailyQuota(0);
    validate(addOn);
    addOn.emulator.clock.advance(DAY);
    const report = validate(addOn);
    expect(report.escalations).toEqual([expect.objectContaining({ rung: 1, status: "open" })]);
    const finding = report.findings.find((f) => f.code === "ESCALATION_MAIL");
    expect(finding).toMatchObject({ severity: "warning", sheet: "Plan", column: "Value" });
    expect(finding!.message).toMatch(/^Escalation email to ana@example\.com was not sent .*email quota .* used up/);
    expect(mailTo(addOn)).toEqual([]);

    addOn.emulator.mail.setDailyQuota(100);
    addOn.emulator.clock.advance(60_000);
    const after = validate(addOn);
    expect(after.findings.filter((f) => f.code === "ESCALATION_MAIL")).toEqual([]);
    expect(after.escalations).toEqual([expect.objectContaining({ rung: 1 })]);
    expect(mailTo(addOn)).toEqual(["ana@example.com"]);
    addOn.emulator.clock.advance(60_000);
    validate(addOn);
    expect(mailTo(addOn)).toEqual(["ana@example.com"]);
  });

  it("a rung climbed past while the quota was used up is still emailed once it frees up, with the rung it is on now", () => {
    const addOn = consentBlocker();
    addOn.emulator.mail.setDailyQuota(0);
    validate(addOn);
    addOn.emulator.clock.advance(DAY);
    validate(addOn);
    addOn.emulator.clock.advance(DAY);
    expect(validate(addOn).escalations[0]).toMatchObject({ rung: 2, owner: "priya@example.com" });
    expect(mailTo(addOn)).toEqual([]);

    addOn.emulator.mail.setDailyQuota(100);
    addOn.emulator.clock.advance(60_000);
    validate(addOn);
    expect(mailTo(addOn).sort()).toEqual(["ana@example.com", "priya@example.com"]);
    const toAna = addOn.emulator.mail.sent().find((m) => m.to.includes("ana@example.com"))!;
    expect(toAna.body).toMatch(/reached you on an earlier rung .* moved to rung 2 \(Data Privacy Lead, priya@example\.com\)/);
    addOn.emulator.clock.advance(60_000);
    validate(addOn);
    expect(mailTo(addOn)).toHaveLength(2);
  });

  it("an address Gmail refuses is named, the others are still emailed, and the escalation keeps climbing", () => {
    // Passes the sheet's email check, but Gmail refuses a doubled dot.
    const addOn = consentBlocker((e) => {
      e.plan["Personalization Architect"] = "ana..b@example.com";
    });
    validate(addOn);
    addOn.emulator.clock.advance(DAY);
    const first = validate(addOn);
    const finding = first.findings.find((f) => f.code === "ESCALATION_MAIL");
    expect(first.escalations[0]).toMatchObject({ rung: 1, owner: "ana..b@example.com" });
    expect(finding!.message).toContain(
      "Gmail refused the address ana..b@example.com as invalid: correct it on the Plan sheet or 5 Governance.",
    );
    addOn.emulator.clock.advance(DAY);
    const climbed = validate(addOn);
    expect(climbed.escalations[0]).toMatchObject({ rung: 2, owner: "priya@example.com" });
    expect(mailTo(addOn)).toEqual(["priya@example.com"]);
    expect(climbed.findings.find((f) => f.code === "ESCALATION_MAIL")!.message).toContain("ana..b@example.com");

    // Once the address is corrected on the Plan sheet, the refused one is owed nothing and the warning goes.
    setPlanValue(addOn, "Personalization Architect", "ana@example.com");
    addOn.emulator.clock.advance(60_000);
    const corrected = validate(addOn);
    expect(corrected.findings.filter((f) => f.code === "ESCALATION_MAIL")).toEqual([]);
  });

  it("a bounce cannot be seen by the add-on: the email counts as sent and the bounce lands in the sender's Gmail", () => {
    const addOn = consentBlocker();
    addOn.emulator.mail.setUndeliverable("ana@example.com");
    validate(addOn);
    addOn.emulator.clock.advance(DAY);
    validate(addOn);
    expect(addOn.emulator.mail.bounces()).toEqual([expect.objectContaining({ recipient: "ana@example.com" })]);
  });
});
