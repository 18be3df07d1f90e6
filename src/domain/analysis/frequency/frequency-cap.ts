// The Frequency cap column: at most N messages per period. Accepted forms,
// case-insensitive, spaces allowed around "/":
//   N/day   N/week   N/month        (N a whole number, at least 1)
// e.g. 2/week, 1/day, 3 / month. Blank means the channel's default below.
// A cap bounds every rolling window of its period, so the worst case in any
// 7 days is 7N for N/day and N for N/week or N/month (a month is longer than
// a week, so all N may land in one week).

import type { Channel } from "../../schema/vocabulary";

export const CAP_PERIODS = ["day", "week", "month"] as const;
export type CapPeriod = (typeof CAP_PERIODS)[number];

export interface FrequencyCap {
  count: number;
  period: CapPeriod;
}

/** What a channel allows when an activation leaves Frequency cap blank. */
export const CHANNEL_DEFAULT_CAPS: Record<Channel, FrequencyCap> = {
  web: { count: 1, period: "day" },
  "in-app": { count: 1, period: "day" },
  email: { count: 2, period: "week" },
  ads: { count: 3, period: "day" },
  sales: { count: 1, period: "week" },
};

const PER_WEEK: Record<CapPeriod, number> = { day: 7, week: 1, month: 1 };

export const ACCEPTED_FORMS = "N/day, N/week or N/month with N a whole number of at least 1, e.g. 2/week or 1/day";

const CAP = /^(\d+)\s*\/\s*(day|week|month)$/i;

export type CapParse = { ok: true; cap: FrequencyCap } | { ok: false; message: string };

export function parseFrequencyCap(text: string): CapParse {
  const match = CAP.exec(text.trim());
  const count = match ? Number(match[1]) : 0;
  if (!match || count < 1 || !Number.isSafeInteger(count)) {
    return { ok: false, message: `Frequency cap must be ${ACCEPTED_FORMS} (got "${text.trim()}")` };
  }
  return { ok: true, cap: { count, period: match[2].toLowerCase() as CapPeriod } };
}

/** The most messages a person can get in any 7 days under `cap`. */
export function messagesPerWeek(cap: FrequencyCap): number {
  return cap.count * PER_WEEK[cap.period];
}

export function showCap(cap: FrequencyCap): string {
  return `${cap.count}/${cap.period}`;
}
