/**
 * npm run bench: service calls per operation at growing sizes, times as
 * ratios against a baseline measured in the same run, and bundle sizes.
 * Figures, never pass/fail: timed assertions do not belong in tests.
 */
import { analysisFigures } from "./analyses";
import { bundleFigures } from "./bundle-size";
import { editTriggerFigures } from "./edit-trigger";
import { expressionThroughput, validationTiming } from "./domain-timing";
import { exportImportFigures } from "./export-import";
import { faultSweepFigures } from "./fault-sweep";
import { printTable } from "./measure";
import { oneScanFigures } from "./one-scan";
import { benchPreview } from "./preview.bench";
import { operationFigures } from "./service-calls";
import { sidebarJourneyFigures } from "./sidebar";

printTable("Bundle (target: Code.js ≤ 150 KB, Sidebar.html < 100 KB)", bundleFigures());
printTable(
  "Service calls per operation at 100 / 1,000 / 10,000 attribute rows, with projected seconds (emulator latency clock); calls (Drive)",
  operationFigures(),
);
printTable("Domain validation time (aim ≤ 10× a JSON round trip)", validationTiming());
printTable("Logic language: parse + type-check throughput", expressionThroughput());
printTable("Profile tests and dead-logic analysis (500 profiles, 2,000 tests)", analysisFigures());
printTable("Export and import (service calls constant in rows)", exportImportFigures());
printTable("Edit trigger: service calls (constant in sheet size) and time against the same edit with logging off", editTriggerFigures());
printTable("Fault sweep (part of npm test): what it adds, per operation", faultSweepFigures());
printTable("Audience preview: 50 profiles × 100,000 rows", [await benchPreview()]);
printTable("One scan against 50 separate SELECTs on DuckDB, same run (median of 5, min–max)", await oneScanFigures());
printTable("Sidebar: size and server round trips for a newcomer's journey (one per user action is the aim)", await sidebarJourneyFigures());
