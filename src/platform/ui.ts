/** Everything the add-on shows in the Sheets UI: its menu, the sidebar, short notices. */
export const ADDON_TITLE = "Personalization Profiles";

export interface MenuItem {
  caption: string;
  functionName: string;
}

export function installMenu(items: readonly MenuItem[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function notify(message: string, title = ADDON_TITLE): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 8);
}

export function alertUser(message: string): void {
  SpreadsheetApp.getUi().alert(ADDON_TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
}
