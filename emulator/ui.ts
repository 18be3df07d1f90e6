import { makeEnum, enumName } from "./enum";
import { Facade, instrument } from "./facade";
import type { MenuEntry } from "./ui-recorder";
import type { World } from "./world";

export const Button = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"] as const);
export const ButtonSet = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const);

/** An HtmlOutput (see html-service.ts); read through its internal fields so nothing is counted. */
interface HtmlLike {
  _content: string;
  _title: string;
  _width?: number;
  _height?: number;
}

function html(o: HtmlLike): { html: string; title: string; width?: number; height?: number } {
  return { html: o._content, title: o._title, width: o._width, height: o._height };
}

export class Menu extends Facade {
  readonly _items: MenuEntry[] = [];
  constructor(
    w: World,
    readonly _title: string,
  ) {
    super(w);
  }
  addItem(caption: string, functionName: string) {
    this._items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator() {
    this._items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: Menu) {
    this._items.push({ title: menu._title, items: [...menu._items] });
    return this;
  }
  /** Adding a menu with the same title again replaces it, as reopening the file would. */
  addToUi(): void {
    const menus = this._w.ui.menus.filter((m) => m.title !== this._title);
    menus.push({ title: this._title, items: [...this._items] });
    this._w.ui.menus = menus;
  }
}
instrument(Menu, "Menu");

export class PromptResponse extends Facade {
  constructor(
    w: World,
    private readonly _button: string,
    private readonly _text: string,
  ) {
    super(w);
  }
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton() {
    return Button[this._button as keyof typeof Button];
  }
}
instrument(PromptResponse, "PromptResponse");

export class Ui extends Facade {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  createMenu(caption: string): Menu {
    return new Menu(this._w, String(caption));
  }
  /** Add-on menus sit under Extensions, titled with the add-on's name. */
  createAddonMenu(): Menu {
    return new Menu(this._w, this._w.addonName);
  }
  showSidebar(userInterface: HtmlLike): void {
    const h = html(userInterface);
    this._w.ui.sidebar = { title: h.title, html: h.html, width: h.width };
  }
  showModalDialog(userInterface: HtmlLike, title: string): void {
    const h = html(userInterface);
    this._w.ui.dialogs.push({ title: String(title), html: h.html, modal: true, width: h.width, height: h.height });
  }
  showModelessDialog(userInterface: HtmlLike, title: string): void {
    const h = html(userInterface);
    this._w.ui.dialogs.push({ title: String(title), html: h.html, modal: false, width: h.width, height: h.height });
  }
  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown) {
    const [title, message, buttons] = typeof b === "string" ? [a, b, c] : ["", a, b];
    const set = buttons === undefined ? "OK" : enumName(buttons);
    const answer = this._w.ui.takeAnswer(set);
    this._w.ui.alerts.push({ title, message: String(message), buttons: set, response: answer.button });
    return Button[answer.button as keyof typeof Button];
  }
  prompt(a: string, b?: unknown, c?: unknown): PromptResponse {
    const [title, message, buttons] = typeof b === "string" ? [a, b, c] : ["", a, b];
    const set = buttons === undefined ? "OK" : enumName(buttons);
    const answer = this._w.ui.takeAnswer(set);
    this._w.ui.prompts.push({ title, message: String(message), buttons: set, response: answer.button, text: answer.text });
    return new PromptResponse(this._w, answer.button, answer.text);
  }
}
instrument(Ui, "Ui");
