/**
 * getValues returns a date cell as the instant of midnight in the
 * spreadsheet's time zone, while the script may run in another zone. Dates
 * are turned into ISO text in the spreadsheet's zone before the domain sees
 * them: "2026-09-30", or "2026-09-30T14:05:00" when the cell holds a time.
 * Intl does it in memory; Utilities.formatDate is the fallback, per cell.
 */
type DateFormatter = (date: Date) => string;

export function calendarFormatter(timeZone: string): DateFormatter {
  try {
    const format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    return (date) => {
      const parts: Record<string, string> = {};
      for (const part of format.formatToParts(date)) parts[part.type] = part.value;
      return isoText(`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}:${parts.second}`);
    };
  } catch {
    return (date) => {
      const [day, time] = Utilities.formatDate(date, timeZone, "yyyy-MM-dd HH:mm:ss").split(" ");
      return isoText(day, time);
    };
  }
}

/** Reads the time zone (a service call) only when a first date needs it. */
export function lazyCalendarFormatter(readTimeZone: () => string): DateFormatter {
  let format: DateFormatter | null = null;
  return (date) => {
    format ??= calendarFormatter(readTimeZone());
    return format(date);
  };
}

const isoText = (day: string, time: string) => (time === "00:00:00" ? day : `${day}T${time}`);

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

/** Replaces date cells in place (the arrays come fresh from getValues). */
export function datesToText(values: unknown[][], format: DateFormatter): unknown[][] {
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // Most cells are text or numbers: the typeof test spares them the slower brand check.
      if (typeof cell === "object" && cell !== null && isDate(cell) && !Number.isNaN(cell.getTime())) row[c] = format(cell);
    }
  }
  return values;
}
