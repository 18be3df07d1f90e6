import { enumName, makeEnum } from "./enum";
import { Facade, instrument } from "./facade";
import type { World } from "./world";

export const AuthMode = makeEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const);
export const EventType = makeEnum(["CLOCK", "ON_OPEN", "ON_EDIT", "ON_FORM_SUBMIT", "ON_CHANGE", "ON_EVENT_UPDATED"] as const);
export const TriggerSource = makeEnum(["SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR"] as const);
export const WeekDay = makeEnum(["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"] as const);

export const MAX_TRIGGERS_PER_USER = 20;
/** As live Apps Script logs quote it (the reference: "n must be 1, 5, 10, 15 or 30"). */
export const EVERY_MINUTES_MESSAGE = "The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.";
export const TOO_MANY_TRIGGERS = "This script has too many triggers. Triggers must be deleted from the script before more can be added.";

export interface TriggerModel {
  id: string;
  handler: string;
  eventType: keyof typeof EventType;
  source: keyof typeof TriggerSource;
  sourceId: string | null;
  user: string;
  /** Clock schedule as built: everyDays, atHour, onWeekDay, ... */
  schedule: Record<string, number | string>;
}

export class TriggerTable {
  triggers: TriggerModel[] = [];
  nextId = 1;

  add(w: World, t: Omit<TriggerModel, "id" | "user">): TriggerModel {
    if (this.triggers.filter((x) => x.user === w.user).length >= MAX_TRIGGERS_PER_USER) throw w.error(TOO_MANY_TRIGGERS);
    const model = { ...t, id: String(1000000 + this.nextId++), user: w.user };
    this.triggers.push(model);
    return model;
  }
}

export class Trigger extends Facade {
  constructor(
    w: World,
    readonly _t: TriggerModel,
  ) {
    super(w);
  }
  getUniqueId(): string {
    return this._t.id;
  }
  getHandlerFunction(): string {
    return this._t.handler;
  }
  getEventType() {
    return EventType[this._t.eventType];
  }
  getTriggerSource() {
    return TriggerSource[this._t.source];
  }
  getTriggerSourceId(): string | null {
    return this._t.sourceId;
  }
}
instrument(Trigger, "Trigger");

export class ClockTriggerBuilder extends Facade {
  private readonly _schedule: Record<string, number | string> = {};
  constructor(
    w: World,
    private readonly _table: TriggerTable,
    private readonly _handler: string,
  ) {
    super(w);
  }
  _set(key: string, value: number | string): this {
    this._schedule[key] = value;
    return this;
  }
  everyMinutes(n: number) {
    if (![1, 5, 10, 15, 30].includes(n)) throw this._w.error(EVERY_MINUTES_MESSAGE);
    return this._set("everyMinutes", n);
  }
  everyHours(n: number) {
    return this._set("everyHours", n);
  }
  everyDays(n: number) {
    return this._set("everyDays", n);
  }
  everyWeeks(n: number) {
    return this._set("everyWeeks", n);
  }
  onWeekDay(day: unknown) {
    return this._set("onWeekDay", enumName(day));
  }
  onMonthDay(day: number) {
    return this._set("onMonthDay", day);
  }
  atHour(hour: number) {
    return this._set("atHour", hour);
  }
  nearMinute(minute: number) {
    return this._set("nearMinute", minute);
  }
  inTimezone(timezone: string) {
    return this._set("timezone", timezone);
  }
  after(durationMilliseconds: number) {
    return this._set("at", this._w.now() + durationMilliseconds);
  }
  at(date: Date) {
    return this._set("at", date.getTime());
  }
  create(): Trigger {
    if (Object.keys(this._schedule).length === 0) throw this._w.error("The trigger must have a frequency or a time.");
    const t = this._table.add(this._w, {
      handler: this._handler,
      eventType: "CLOCK",
      source: "CLOCK",
      sourceId: null,
      schedule: { ...this._schedule },
    });
    return new Trigger(this._w, t);
  }
}
instrument(ClockTriggerBuilder, "ClockTriggerBuilder");

export class SpreadsheetTriggerBuilder extends Facade {
  private _event: TriggerModel["eventType"] | null = null;
  constructor(
    w: World,
    private readonly _table: TriggerTable,
    private readonly _handler: string,
    private readonly _sourceId: string,
  ) {
    super(w);
  }
  onEdit() {
    this._event = "ON_EDIT";
    return this;
  }
  onOpen() {
    this._event = "ON_OPEN";
    return this;
  }
  onChange() {
    this._event = "ON_CHANGE";
    return this;
  }
  onFormSubmit() {
    this._event = "ON_FORM_SUBMIT";
    return this;
  }
  create(): Trigger {
    if (!this._event) throw this._w.error("The trigger must have an event type.");
    const t = this._table.add(this._w, {
      handler: this._handler,
      eventType: this._event,
      source: "SPREADSHEETS",
      sourceId: this._sourceId,
      schedule: {},
    });
    return new Trigger(this._w, t);
  }
}
instrument(SpreadsheetTriggerBuilder, "SpreadsheetTriggerBuilder");

export class TriggerBuilder extends Facade {
  constructor(
    w: World,
    private readonly _table: TriggerTable,
    private readonly _handler: string,
  ) {
    super(w);
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._w, this._table, this._handler);
  }
  forSpreadsheet(sheet: string | { _ss?: { id: string } }): SpreadsheetTriggerBuilder {
    const id = typeof sheet === "string" ? sheet : sheet?._ss?.id;
    if (!id) throw this._w.error("Invalid argument: spreadsheet");
    return new SpreadsheetTriggerBuilder(this._w, this._table, this._handler, id);
  }
}
instrument(TriggerBuilder, "TriggerBuilder");
