import { AUTHORIZATION_REQUIRED_MESSAGE, AuthorizationInfo, AuthorizationStatus, isFull, requestedScopes } from "./authorization-info";
import { Facade, instrument } from "./facade";
import { AuthMode, EventType, Trigger, TriggerBuilder, TriggerSource, WeekDay, type TriggerTable } from "./triggers";
import type { World } from "./world";

export class ScriptApp extends Facade {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    w: World,
    private readonly _table: TriggerTable,
    private readonly _scriptId: string,
  ) {
    super(w);
  }
  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this._w, this._table, String(functionName));
  }
  /** Installable triggers of this project owned by the active user. */
  getProjectTriggers(): Trigger[] {
    return this._table.triggers.filter((t) => t.user === this._w.user).map((t) => new Trigger(this._w, t));
  }
  getUserTriggers(spreadsheet: { _ss?: { id: string } }): Trigger[] {
    const id = spreadsheet?._ss?.id;
    return this._table.triggers.filter((t) => t.user === this._w.user && t.sourceId === id).map((t) => new Trigger(this._w, t));
  }
  deleteTrigger(trigger: Trigger): void {
    const id = trigger?._t?.id;
    this._table.triggers = this._table.triggers.filter((t) => t.id !== id);
  }
  getAuthorizationInfo(authMode: unknown, oAuthScopes?: string[]): AuthorizationInfo {
    const requested = requestedScopes(this._w, "ScriptApp.getAuthorizationInfo", oAuthScopes);
    return new AuthorizationInfo(this._w, requested, isFull(authMode), this._scriptId);
  }
  /**
   * Granular consent: ends the execution (Google then prompts the user) when
   * any of the scopes is not granted. The prompt is recorded as an
   * "authorization-required" event.
   */
  requireScopes(authMode: unknown, oAuthScopes: string[]): void {
    const requested = requestedScopes(this._w, "ScriptApp.requireScopes", oAuthScopes);
    const missing = isFull(authMode) ? requested.filter((s) => !this._w.auth.hasAnyOf([s])) : [];
    if (!missing.length) return;
    this._w.event({ type: "authorization-required", scopes: missing });
    throw this._w.error(AUTHORIZATION_REQUIRED_MESSAGE);
  }
  getOAuthToken(): string {
    return `ya29.emulator-token-for-${this._w.user}`;
  }
  getScriptId(): string {
    return this._scriptId;
  }
}
instrument(ScriptApp, "ScriptApp");
