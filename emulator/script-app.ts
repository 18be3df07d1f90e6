import { Facade, instrument } from "./facade";
import { AuthMode, EventType, Trigger, TriggerBuilder, TriggerSource, WeekDay, type TriggerTable } from "./triggers";
import type { World } from "./world";

export class ScriptApp extends Facade {
  readonly AuthMode = AuthMode;
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
  getOAuthToken(): string {
    return `ya29.emulator-token-for-${this._w.user}`;
  }
  getScriptId(): string {
    return this._scriptId;
  }
}
instrument(ScriptApp, "ScriptApp");
