interface FaultRule {
  match: string | RegExp;
  remaining: number;
  message?: string;
}

/**
 * Makes the next N matching service calls throw, to test retries and
 * "nothing changed" guarantees. A string matches a method ("DriveApp.createFile")
 * or a whole class when it has no dot ("DriveApp"); a RegExp is tested
 * against "Class.method".
 */
export class FaultInjector {
  private rules: FaultRule[] = [];

  failNext(match: string | RegExp, times = 1, message?: string): void {
    this.rules.push({ match, remaining: times, message });
  }

  clear(): void {
    this.rules = [];
  }

  /** Number of injected failures that have not fired yet. */
  pending(): number {
    return this.rules.reduce((n, r) => n + r.remaining, 0);
  }

  get armed(): boolean {
    return this.rules.length > 0;
  }

  /** If a rule matches, consumes one failure and returns its message ("" = use the default). */
  take(method: string): string | undefined {
    const rule = this.rules.find((r) => matches(r.match, method));
    if (!rule) return undefined;
    rule.remaining--;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.message ?? "";
  }
}

function matches(match: string | RegExp, method: string): boolean {
  if (typeof match === "string") {
    return match.includes(".") ? match === method : method.startsWith(`${match}.`);
  }
  match.lastIndex = 0;
  return match.test(method);
}

/** What Apps Script typically says when the backing service fails. */
export function defaultFaultMessage(method: string, spreadsheetId: string): string {
  const cls = method.slice(0, method.lastIndexOf("."));
  if (/^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|DataValidation)/.test(cls)) {
    return `Service Spreadsheets failed while accessing document with id ${spreadsheetId}.`;
  }
  if (cls.startsWith("Drive.")) {
    const verb = method.slice(method.lastIndexOf(".") + 1);
    return `API call to drive.files.${verb} failed with error: Internal Error`;
  }
  return "We're sorry, a server error occurred. Please wait a bit and try again.";
}
