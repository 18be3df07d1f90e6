/** What a script showed the user, for tests and the playground to inspect. */

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { title: string; items: MenuEntry[] };

export interface RecordedMenu {
  title: string;
  items: MenuEntry[];
}

export interface RecordedDialog {
  title: string;
  html: string;
  modal: boolean;
  width?: number;
  height?: number;
}

export interface RecordedAlert {
  title: string;
  message: string;
  buttons: string;
  response: string;
}

export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class UiRecorder {
  menus: RecordedMenu[] = [];
  sidebar: { title: string; html: string; width?: number } | null = null;
  dialogs: RecordedDialog[] = [];
  alerts: RecordedAlert[] = [];
  prompts: { title: string; message: string; buttons: string; response: string; text: string }[] = [];
  toasts: RecordedToast[] = [];
  private answers: { button: string; text?: string }[] = [];

  /**
   * Queues the user's answer to the next alert or prompt, by button name
   * ("OK", "CANCEL", "YES", "NO", "CLOSE"). Without one, the user presses OK
   * (or YES for YES_NO button sets).
   */
  respondNext(button: string, text?: string): void {
    this.answers.push({ button, text });
  }

  takeAnswer(buttons: string): { button: string; text: string } {
    const a = this.answers.shift();
    if (a) return { button: a.button, text: a.text ?? "" };
    return { button: buttons.startsWith("YES") ? "YES" : "OK", text: "" };
  }

  reset(): void {
    this.menus = [];
    this.sidebar = null;
    this.dialogs = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
    this.answers = [];
  }
}
