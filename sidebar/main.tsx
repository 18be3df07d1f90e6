import { render } from "preact";
import { call } from "./api/client";
import { App } from "./app";
import "./styles.css";

render(<App call={call} />, document.getElementById("app")!);
