import { makeEnum } from "../enum";
import { Facade, instrument } from "../facade";
import { Ui } from "../ui";
import type { World } from "../world";
import { DataValidationBuilder, DataValidationCriteria } from "./data-validation";
import { NOT_FOUND_MESSAGE } from "../drive/drive-model";
import { ProtectionType } from "./protection";
import { Range } from "./range";
import { rangeTools } from "./range-base";
import type { Sheet } from "./sheet";
import { Spreadsheet } from "./spreadsheet";
import type { SpreadsheetModel } from "./spreadsheet-model";

export const BorderStyle = makeEnum(["DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE"] as const);
export const WrapStrategy = makeEnum(["WRAP", "OVERFLOW", "CLIP"] as const);
export const Dimension = makeEnum(["COLUMNS", "ROWS"] as const);

export class SpreadsheetApp extends Facade {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;

  constructor(
    w: World,
    private readonly _ss: SpreadsheetModel,
  ) {
    super(w);
  }
  _spreadsheet(): Spreadsheet {
    return new Spreadsheet(this._w, this._ss);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return this._spreadsheet();
  }
  getActive(): Spreadsheet {
    return this._spreadsheet();
  }
  openById(id: string): Spreadsheet {
    if (String(id) !== this._ss.id) throw this._w.error(NOT_FOUND_MESSAGE);
    return this._spreadsheet();
  }
  getActiveSheet(): Sheet {
    return this._spreadsheet()._sheet(this._ss.activeSheet());
  }
  getActiveRange(): Range {
    return this._spreadsheet()._activeRange();
  }
  getCurrentCell(): Range {
    const r = this._spreadsheet()._activeRange();
    return new Range(this._w, this._ss, r._sheet, { ...r._b, numRows: 1, numCols: 1 });
  }
  setActiveSheet(sheet: Sheet): Sheet {
    const model = this._spreadsheet()._modelOf(sheet);
    this._ss.activeSheetId = model.id;
    return this._spreadsheet()._sheet(model);
  }
  setActiveRange(range: Range): Range {
    this._ss.activeSheetId = range._sheet.id;
    range._sheet.selection = range._bounds();
    return new Range(this._w, this._ss, range._sheet, range._bounds());
  }
  getUi(): Ui {
    return new Ui(this._w);
  }
  /** Writes are applied immediately; the call is recorded so tests can check ordering. */
  flush(): void {
    this._w.event({ type: "flush" });
  }
  newDataValidation(): DataValidationBuilder {
    const tools = rangeTools(this._w, this._ss, (sheet, b) => new Range(this._w, this._ss, sheet, b));
    return new DataValidationBuilder(this._w, tools.resolve, tools.address);
  }
}
instrument(SpreadsheetApp, "SpreadsheetApp");
