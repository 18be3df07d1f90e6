#!/usr/bin/env node
// The command line runs the same TypeScript domain code as the add-on, through tsx.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
