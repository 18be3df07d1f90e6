import type { APIRequestContext } from "playwright-core";

/** The playground's JSON API as a test (or the benchmark) uses it, through the page's own request context. */
export interface StateSheet {
  name: string;
  cells: [number, number, { v?: unknown; bg?: string; note?: string }][];
  selection: { row: number; col: number };
}

export function playgroundApi(request: APIRequestContext, url: string) {
  const state = async () =>
    ((await (await request.get(`${url}api/state`)).json()) as { state: { spreadsheet: { sheets: StateSheet[]; activeSheetId: number } } })
      .state.spreadsheet;
  const sheet = async (name: string) => {
    const found = (await state()).sheets.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`The workbook has no sheet ${name}`);
    return found;
  };
  const headers = async (name: string) =>
    (await sheet(name)).cells
      .filter(([row]) => row === 1)
      .sort((a, b) => a[1] - b[1])
      .map(([, , cell]) => String(cell.v ?? ""));
  return {
    state,
    sheet,
    headers,
    /** Round trips the sidebar has made so far (each google.script.run call is one /api/run). */
    calls: async () => (await (await request.get(`${url}api/calls`)).json()) as { total: number; byFunction: Record<string, number> },
    /** A person pasting rows under the header: values land by column label, as text typed into cells. */
    async paste(name: string, rows: Record<string, unknown>[], firstRow = 2): Promise<void> {
      if (rows.length === 0) return;
      const labels = await headers(name);
      const values = rows.map((row) => labels.map((label) => (row[label] === undefined ? "" : String(row[label]))));
      const outcome = (await (await request.post(`${url}api/edit`, { data: { sheet: name, a1: `A${firstRow}`, values } })).json()) as {
        ok: boolean;
        message?: string;
      };
      if (!outcome.ok) throw new Error(`Pasting into ${name} failed: ${outcome.message}`);
    },
    /** A person typing one value into the cell under a column label. */
    async type(name: string, label: string, row: number, value: string): Promise<void> {
      const column = (await headers(name)).indexOf(label) + 1;
      if (column === 0) throw new Error(`${name} has no ${label} column`);
      const a1 = `${String.fromCharCode(64 + column)}${row}`;
      const outcome = (await (await request.post(`${url}api/edit`, { data: { sheet: name, a1, values: [[value]] } })).json()) as {
        ok: boolean;
        message?: string;
      };
      if (!outcome.ok) throw new Error(`Typing into ${name}!${a1} failed: ${outcome.message}`);
    },
    drive: async () =>
      ((await (await request.get(`${url}api/drive`)).json()) as { files: { name: string; mimeType: string; content: string }[] }).files,
  };
}

export type PlaygroundApi = ReturnType<typeof playgroundApi>;
