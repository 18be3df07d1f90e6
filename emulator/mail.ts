import { Facade, instrument } from "./facade";
import type { World } from "./world";

/** One message MailApp accepted, as the host sees it (the recipients' inboxes are not modelled). */
export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  replyTo: string | null;
  name: string | null;
  at: string;
  /** Recipients the host marked undeliverable: the message went out and bounced. */
  bounced: string[];
}

/** Google's delivery failure notice, which lands in the sender's Gmail; MailApp cannot read it. */
export interface BounceNotice {
  to: string;
  recipient: string;
  subject: string;
  at: string;
}

export interface MailState {
  sent: SentMail[];
  bounces: BounceNotice[];
  undeliverable: string[];
  dailyQuota: number;
}

/**
 * Consumer accounts may email 100 recipients a day (Workspace accounts
 * 1,500): developers.google.com/apps-script/guides/services/quotas. Every
 * address in to, cc and bcc counts; the day is a rolling 24 hours.
 */
export const CONSUMER_DAILY_RECIPIENTS = 100;
const DAY_MS = 86_400_000;

/** Apps Script's own messages (live reports: "Exception: Invalid email: …", "Service invoked too many times for one day: email."). */
export const MAIL_MESSAGES = {
  noRecipient: "Failed to send email: no recipient",
  invalid: (address: string) => `Invalid email: ${address}`,
  quota: "Service invoked too many times for one day: email.",
} as const;

// What Gmail accepts as an address: a dot-atom local part (no leading, trailing or doubled dot), one @, a dotted domain.
const ADDRESS = /^[^\s@<>(),;:"[\].]+(\.[^\s@<>(),;:"[\].]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export class MailModel {
  sent: SentMail[] = [];
  bounces: BounceNotice[] = [];
  undeliverable = new Set<string>();
  dailyQuota = CONSUMER_DAILY_RECIPIENTS;

  static from(state: MailState | undefined): MailModel {
    const model = new MailModel();
    if (!state) return model;
    model.sent = structuredClone(state.sent);
    model.bounces = structuredClone(state.bounces);
    model.undeliverable = new Set(state.undeliverable);
    model.dailyQuota = state.dailyQuota;
    return model;
  }

  toState(): MailState {
    return structuredClone({
      sent: this.sent,
      bounces: this.bounces,
      undeliverable: [...this.undeliverable],
      dailyQuota: this.dailyQuota,
    });
  }

  remaining(nowMs: number): number {
    const used = this.sent
      .filter((mail) => nowMs - Date.parse(mail.at) < DAY_MS)
      .reduce((sum, mail) => sum + mail.to.length + mail.cc.length + mail.bcc.length, 0);
    return Math.max(0, this.dailyQuota - used);
  }
}

interface MessageOptions {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  replyTo?: unknown;
  name?: unknown;
  noReply?: unknown;
}

const addresses = (value: unknown): string[] =>
  value === undefined || value === null
    ? []
    : String(value)
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);

export class MailApp extends Facade {
  constructor(
    w: World,
    private readonly _mail: MailModel,
  ) {
    super(w);
  }

  getRemainingDailyQuota(): number {
    return this._mail.remaining(this._w.now());
  }

  /** sendEmail(message) · (recipient, subject, body[, options]) · (to, replyTo, subject, body). */
  sendEmail(...args: unknown[]): void {
    this._send(this._message(args));
  }

  _message(args: unknown[]): MessageOptions {
    if (args.length === 1 && typeof args[0] === "object" && args[0] !== null) return args[0] as MessageOptions;
    if (args.length === 4 && typeof args[3] === "string") return { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    const options = (typeof args[3] === "object" && args[3] !== null ? args[3] : {}) as MessageOptions;
    return { ...options, to: args[0], subject: args[1], body: args[2] };
  }

  _send(message: MessageOptions): void {
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw this._w.error(MAIL_MESSAGES.noRecipient);
    const invalid = all.find((address) => !ADDRESS.test(address));
    if (invalid !== undefined) throw this._w.error(MAIL_MESSAGES.invalid(invalid));
    const nowMs = this._w.now();
    if (this._mail.remaining(nowMs) < all.length) throw this._w.error(MAIL_MESSAGES.quota);
    const at = new Date(nowMs).toISOString();
    const subject = String(message.subject ?? "");
    const bounced = all.filter((address) => this._mail.undeliverable.has(address.toLowerCase()));
    this._mail.sent.push({
      from: this._w.user,
      to,
      cc,
      bcc,
      subject,
      body: String(message.body ?? ""),
      htmlBody: message.htmlBody === undefined ? null : String(message.htmlBody),
      replyTo: message.replyTo === undefined ? null : String(message.replyTo),
      name: message.name === undefined ? null : String(message.name),
      at,
      bounced,
    });
    for (const recipient of bounced) {
      this._mail.bounces.push({ to: this._w.user, recipient, subject: "Delivery Status Notification (Failure)", at });
    }
  }
}
instrument(MailApp, "MailApp");

/** What tests and the playground see of mail: what went out, what bounced, and the knobs. */
export interface HostMail {
  sent(): SentMail[];
  /** Delivery failure notices in the sender's Gmail (the script cannot read them). */
  bounces(): BounceNotice[];
  /** The address exists on paper but mail to it bounces. */
  setUndeliverable(address: string): void;
  /** Recipients per rolling day: 100 for consumer accounts (default), 1,500 for Workspace. */
  setDailyQuota(recipients: number): void;
}

export function hostMail(mail: MailModel): HostMail {
  return {
    sent: () => structuredClone(mail.sent),
    bounces: () => structuredClone(mail.bounces),
    setUndeliverable: (address) => {
      mail.undeliverable.add(address.toLowerCase());
    },
    setDailyQuota: (recipients) => {
      mail.dailyQuota = recipients;
    },
  };
}
