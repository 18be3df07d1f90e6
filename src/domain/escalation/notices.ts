import type { Escalation } from "../api/collaboration";
import type { EscalationState } from "./state";
import { addTo } from "../group-into";

/** One email the ladder owes someone: the escalation reached them, or it was resolved. */
export interface Notice {
  escalationId: string;
  kind: "reached" | "resolved";
  to: string;
  subject: string;
  body: string;
}

export interface NoticeContext {
  initiative: string;
  intervalHours: number;
  /** `<spreadsheet url>#gid=…&range=…` for the escalation's cell. */
  link(e: Pick<Escalation, "sheet" | "row" | "column">): string;
}

/**
 * What is owed, derived from the state alone so a run that could not send
 * leaves it owed for the next run: each open escalation's current owner
 * until told once, and so each owner of an earlier rung it climbed past
 * before their email could go; everyone told of an escalation until told
 * of its resolution.
 */
export function dueNotices(state: EscalationState, context: NoticeContext): Notice[] {
  const notices: Notice[] = [];
  for (const e of state.escalations) {
    if (e.status === "open") {
      for (const person of e.owed.filter((who) => !e.told.includes(who) && who !== e.owner))
        notices.push(reachedEarlier(e, person, context));
      if (e.owner && !e.told.includes(e.owner)) notices.push(reached(e, e.owner, context));
    }
    if (e.status === "resolved") {
      for (const person of e.told.filter((who) => !e.resolutionTold.includes(who))) notices.push(resolved(e, person, context));
    }
  }
  return notices;
}

/** One email: everything owed to one person in this run, so a run of many escalations costs one recipient each. */
export interface Mail {
  to: string;
  subject: string;
  body: string;
  notices: Notice[];
}

/** Sections spelled out per email; the rest are counted (a cell's worth of text, not a quota's worth of mail). */
const SECTIONS_PER_MAIL = 50;

export function composeMail(notices: readonly Notice[], initiative: string): Mail[] {
  const byPerson = new Map<string, Notice[]>();
  for (const notice of notices) addTo(byPerson, notice.to, notice);
  return [...byPerson].map(([to, mine]) => {
    if (mine.length === 1) return { to, subject: mine[0].subject, body: mine[0].body, notices: mine };
    const reached = mine.filter((n) => n.kind === "reached").length;
    const resolved = mine.length - reached;
    const counts = [
      reached > 0 ? `${reached} escalation${reached === 1 ? "" : "s"} reached you` : "",
      resolved > 0 ? `${resolved} resolved` : "",
    ].filter(Boolean);
    const shown = mine.slice(0, SECTIONS_PER_MAIL).map((n) => n.body);
    const more =
      mine.length > SECTIONS_PER_MAIL
        ? [`… and ${mine.length - SECTIONS_PER_MAIL} more: open the add-on's sidebar for the full list.`]
        : [];
    return { to, subject: `[${initiative}] ${counts.join(", ")}`, body: [...shown, ...more].join("\n\n----\n\n"), notices: mine };
  });
}

/** The state with the sent notices recorded, so they are never sent again. */
export function markSent(state: EscalationState, sent: readonly Notice[]): EscalationState {
  if (sent.length === 0) return state;
  const byId = new Map<string, Notice[]>();
  for (const notice of sent) addTo(byId, notice.escalationId, notice);
  const escalations = state.escalations.map((e) => {
    const mine = byId.get(e.id);
    if (!mine) return e;
    const told = [...e.told, ...mine.filter((n) => n.kind === "reached" && !e.told.includes(n.to)).map((n) => n.to)];
    const resolutionTold = [...e.resolutionTold, ...mine.filter((n) => n.kind === "resolved").map((n) => n.to)];
    return { ...e, told, resolutionTold };
  });
  return { ...state, escalations };
}

function reached(e: Escalation, to: string, context: NoticeContext): Notice {
  const as = e.ownerIsFallback ? "as the item's fallback owner" : e.coveredBy ? `as ${e.coveredBy}, covering` : "as";
  const next =
    e.rung < 3
      ? `If it is still there ${context.intervalHours} hours from now, it goes to the next rung of the ladder.`
      : "This is the top of the escalation ladder.";
  return {
    escalationId: e.id,
    kind: "reached",
    to,
    subject: `[${context.initiative}] Escalation to you: ${e.code} on ${e.item}`,
    body: [
      `A blocker in the personalization plan "${context.initiative}" has reached you ${as} rung ${e.rung} of its escalation ladder, ${e.role}.`,
      "",
      `Blocker: ${e.code}`,
      `Item: ${e.item}`,
      `Why: ${e.reason}`,
      `Cell: ${context.link(e)} (${e.sheet}, row ${e.row}, ${e.column})`,
      "",
      next,
      "Fix the cause in the sheet and run Validate: the escalation resolves and everyone it reached is told.",
    ].join("\n"),
  };
}

/** For the owner of a rung it climbed past before their email could go: they still hear of it, and of where it is now. */
function reachedEarlier(e: Escalation, to: string, context: NoticeContext): Notice {
  const now = e.owner ? `${e.role}, ${e.owner}` : `${e.role}, with nobody named`;
  const notice = reached(e, to, context);
  const [, ...details] = notice.body.split("\n");
  return {
    ...notice,
    body: [
      `A blocker in the personalization plan "${context.initiative}" reached you on an earlier rung of its escalation ladder, while your email could not be sent; it has since moved to rung ${e.rung} (${now}).`,
      ...details,
    ].join("\n"),
  };
}

function resolved(e: Escalation, to: string, context: NoticeContext): Notice {
  return {
    escalationId: e.id,
    kind: "resolved",
    to,
    subject: `[${context.initiative}] Resolved: ${e.code} on ${e.item}`,
    body: [
      `The escalation you were told of in the personalization plan "${context.initiative}" is resolved.`,
      "",
      `Blocker: ${e.code}`,
      `Item: ${e.item}`,
      `Remediation: ${e.remediation ?? "validation no longer finds it."}`,
      `Resolved at: ${e.resolvedAt ?? ""}`,
      `Cell: ${context.link(e)}`,
    ].join("\n"),
  };
}

/** A1 column letters for a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
