import { describe, expect, it } from "vitest";
import { composeMail, dueNotices, markSent, mailFinding } from "../../../src/domain/escalation";
import { coverage, runs } from "./support";

const context = { initiative: "PLG Onboarding", intervalHours: 24, link: () => "https://sheet#gid=7&range=I5" };

describe("what the ladder owes by email", () => {
  it("the current rung's person until told, then nothing; after a climb the next person", () => {
    const [first, second] = runs(2, () => [coverage()], { mailSent: true });
    const owed = dueNotices(first.state, context);
    expect(owed.map((n) => [n.kind, n.to])).toEqual([["reached", "ana@example.com"]]);
    const told = markSent(first.state, owed);
    expect(dueNotices(told, context)).toEqual([]);
    // The run after climbs to rung 2: only the privacy lead is owed.
    expect(dueNotices(second.state, context).map((n) => n.to)).toEqual(["priya@example.com"]);
  });

  it("a rung climbed past while its email could not go is still emailed, saying where the escalation is now", () => {
    const [, , third] = runs(3, () => [coverage()]);
    const owed = dueNotices(third.state, context);
    expect(owed.map((n) => n.to)).toEqual(["ana@example.com", "priya@example.com", "sam@example.com"]);
    expect(owed[0].body).toMatch(
      /^A blocker in the personalization plan "PLG Onboarding" reached you on an earlier rung of its escalation ladder, while your email could not be sent; it has since moved to rung 3 \(Exec sponsor, sam@example.com\)\.\n\nBlocker: COVERAGE_SLA/,
    );
    // Once they are emailed, nobody is owed again.
    expect(dueNotices(markSent(third.state, owed), context)).toEqual([]);
  });

  it("a resolution goes to everyone the escalation reached, once each", () => {
    const outcomes = runs(3, (run) => (run <= 2 ? [coverage()] : []));
    const [, , resolvedRun] = outcomes;
    const state = {
      ...resolvedRun.state,
      escalations: resolvedRun.state.escalations.map((e) => ({ ...e, told: ["ana@example.com", "priya@example.com"] })),
    };
    const owed = dueNotices(state, context);
    expect(owed.map((n) => [n.kind, n.to])).toEqual([
      ["resolved", "ana@example.com"],
      ["resolved", "priya@example.com"],
    ]);
    expect(dueNotices(markSent(state, owed.slice(0, 1)), context).map((n) => n.to)).toEqual(["priya@example.com"]);
  });

  it("many escalations reaching one person make one email, spelling out the first 50", () => {
    const [first] = runs(1, () => Array.from({ length: 120 }, (_, i) => coverage(`attribute_${i}`)));
    const mails = composeMail(dueNotices(first.state, context), "PLG Onboarding");
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "ana@example.com", subject: "[PLG Onboarding] 120 escalations reached you" });
    expect(mails[0].notices).toHaveLength(120);
    expect(mails[0].body.match(/^Blocker: /gm)).toHaveLength(50);
    expect(mails[0].body).toMatch(/… and 70 more: open the add-on's sidebar for the full list\.$/);
  });

  it("says who was not emailed and why, on the Plan sheet's ladder", () => {
    const [first] = runs(1, () => [coverage()]);
    const [notice] = dueNotices(first.state, context);
    const finding = mailFinding([{ notice, problem: "invalid-address" }], { rows: new Map([["architect", 9]]) });
    expect(finding).toMatchObject({ code: "ESCALATION_MAIL", severity: "warning", sheet: "Plan", row: 9, column: "Value" });
    expect(finding!.message).toBe(
      "Escalation email to ana@example.com was not sent (1 notice). Gmail refused the address ana@example.com as invalid: correct it on the Plan sheet or 5 Governance. The escalations themselves are kept, and the email stays owed.",
    );
    expect(mailFinding([], { rows: new Map() })).toBeNull();
  });
});
