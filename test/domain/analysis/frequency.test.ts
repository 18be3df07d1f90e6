import { describe, expect, it } from "vitest";
import { messagesPerWeek, parseFrequencyCap, worstCasePerWeek } from "../../../src/domain/analysis/frequency";

describe("frequency caps", () => {
  it.each([
    ["2/week", { count: 2, period: "week" }],
    ["1/day", { count: 1, period: "day" }],
    ["3 / month", { count: 3, period: "month" }],
    [" 10/Day ", { count: 10, period: "day" }],
  ])("reads %j", (text, cap) => {
    expect(parseFrequencyCap(text)).toEqual({ ok: true, cap });
  });

  it.each(["2 per week", "0/day", "2/fortnight", "week", "1.5/day", "-1/day", "2/weeks", ""])(
    "refuses %j, listing the accepted forms",
    (text) => {
      const parsed = parseFrequencyCap(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("N/day, N/week or N/month");
    },
  );

  it("counts the worst 7 days of a cap", () => {
    expect(messagesPerWeek({ count: 2, period: "day" })).toBe(14);
    expect(messagesPerWeek({ count: 2, period: "week" })).toBe(2);
    expect(messagesPerWeek({ count: 3, period: "month" })).toBe(3);
  });

  it("takes the worst profile per channel: a person gets one profile, through all its activations there", () => {
    const loads = worstCasePerWeek(
      [
        { profileId: "trial", channel: "email", cap: { count: 1, period: "week" } },
        { profileId: "churn", channel: "email", cap: { count: 1, period: "day" } },
        { profileId: "trial", channel: "email", cap: { count: 2, period: "week" } }, // a second destination
        { profileId: "trial", channel: "web", cap: null }, // default 1/day
        { profileId: "vip", channel: "email", cap: null }, // default 2/week
      ],
      new Map([
        ["trial", 2],
        ["churn", 1],
        ["vip", null],
      ]),
    );
    expect(loads).toEqual([
      {
        channel: "email",
        worstPerWeek: 7,
        worstProfileId: "churn",
        profiles: [
          { profileId: "churn", priority: 1, messagesPerWeek: 7, usesDefault: false },
          { profileId: "trial", priority: 2, messagesPerWeek: 3, usesDefault: false },
          { profileId: "vip", priority: null, messagesPerWeek: 2, usesDefault: true },
        ],
      },
      {
        channel: "web",
        worstPerWeek: 7,
        worstProfileId: "trial",
        profiles: [{ profileId: "trial", priority: 2, messagesPerWeek: 7, usesDefault: true }],
      },
    ]);
  });
});
