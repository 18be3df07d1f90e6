interface FaultRule {
  match: string | RegExp;
  remaining: number;
  message?: string;
}

/** A fault that fires: its message ("" = the default) and whether the call took effect before its reply was lost. */
export interface Fault {
  message: string;
  lostReply: boolean;
}

/** Fails by position: `remaining` calls from the one numbered `from` (counted on the call counter); Infinity for an outage. */
interface IndexRule {
  from: number;
  remaining: number;
  message?: string;
  lostReply: boolean;
}

/**
 * Makes the next N matching service calls throw, to test retries and
 * "nothing changed" guarantees. A string matches a method ("DriveApp.createFile")
 * or a whole class when it has no dot ("DriveApp"); a RegExp is tested
 * against "Class.method".
 */
export class FaultInjector {
  private rules: FaultRule[] = [];
  private byIndex: IndexRule[] = [];

  /** `callsSoFar` reads the call counter, so positions count every service call. */
  constructor(private readonly callsSoFar: () => number = () => 0) {}

  failNext(match: string | RegExp, times = 1, message?: string): void {
    this.rules.push({ match, remaining: times, message });
  }

  /**
   * Fails the k-th service call from now (1-based), whatever it is, and the
   * `times - 1` calls after it (a burst: a call that keeps failing through its
   * retries), or with `outage` every call from then on. The fault sweep uses
   * it to fail each call of an operation in turn. With `lostReply` the call
   * takes effect and then throws, as when a write lands but its reply is
   * lost: a retry must not do it twice.
   */
  failCall(k: number, options: { times?: number; outage?: boolean; message?: string; lostReply?: boolean } = {}): void {
    if (!Number.isInteger(k) || k < 1) throw new Error(`failCall: k must be a positive integer, got ${k}`);
    const remaining = options.outage ? Number.POSITIVE_INFINITY : (options.times ?? 1);
    this.byIndex.push({ from: this.callsSoFar() + k, remaining, message: options.message, lostReply: options.lostReply ?? false });
  }

  clear(): void {
    this.rules = [];
    this.byIndex = [];
  }

  /** Number of injected failures that have not fired yet (an outage counts once). */
  pending(): number {
    return (
      this.rules.reduce((n, r) => n + r.remaining, 0) +
      this.byIndex.reduce((n, r) => n + (Number.isFinite(r.remaining) ? r.remaining : 1), 0)
    );
  }

  get armed(): boolean {
    return this.rules.length > 0 || this.byIndex.length > 0;
  }

  /** If a rule matches, consumes one failure and returns it. */
  take(method: string): Fault | undefined {
    const position = this.callsSoFar();
    const indexed = this.byIndex.find((r) => position >= r.from);
    if (indexed) {
      indexed.remaining--;
      if (indexed.remaining <= 0) this.byIndex = this.byIndex.filter((r) => r !== indexed);
      return { message: indexed.message ?? "", lostReply: indexed.lostReply };
    }
    const rule = this.rules.find((r) => matches(r.match, method));
    if (!rule) return undefined;
    rule.remaining--;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return { message: rule.message ?? "", lostReply: false };
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
