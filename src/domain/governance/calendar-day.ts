/** The calendar day (YYYY-MM-DD) of an instant in a time zone: sheet dates are calendar days in the spreadsheet's zone. */
export function calendarDay(now: Date, timeZone = "UTC"): string {
  try {
    const parts: Record<string, string> = {};
    const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    for (const part of format.formatToParts(now)) parts[part.type] = part.value;
    return `${parts.year}-${parts.month}-${parts.day}`;
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The day `days` after an ISO day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
