import { Blob } from "./blob";
import { makeEnum } from "./enum";
import { Facade, instrument } from "./facade";
import type { World } from "./world";

export const SandboxMode = makeEnum(["EMULATED", "IFRAME", "NATIVE"] as const);
export const XFrameOptionsMode = makeEnum(["ALLOWALL", "DEFAULT"] as const);

export class HtmlOutput extends Facade {
  _title = "";
  _width?: number;
  _height?: number;
  _sandbox: unknown = SandboxMode.IFRAME;
  _xframe: unknown = XFrameOptionsMode.DEFAULT;
  _meta: { name: string; content: string }[] = [];
  constructor(
    w: World,
    public _content: string,
  ) {
    super(w);
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string) {
    this._content = String(content);
    return this;
  }
  append(addedContent: string) {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string) {
    this._content += String(addedContent)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
    return this;
  }
  clear() {
    this._content = "";
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string) {
    this._title = String(title);
    return this;
  }
  getWidth(): number | undefined {
    return this._width;
  }
  setWidth(width: number) {
    this._width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this._height;
  }
  setHeight(height: number) {
    this._height = height;
    return this;
  }
  setSandboxMode(mode: unknown) {
    this._sandbox = mode;
    return this;
  }
  getSandboxMode() {
    return this._sandbox;
  }
  setXFrameOptionsMode(mode: unknown) {
    this._xframe = mode;
    return this;
  }
  setFaviconUrl(_iconUrl: string) {
    return this;
  }
  addMetaTag(name: string, content: string) {
    this._meta.push({ name, content });
    return this;
  }
  getAs(contentType: string) {
    return new Blob(this._w, Buffer.from(this._content, "utf8"), String(contentType), null);
  }
  getBlob() {
    return new Blob(this._w, Buffer.from(this._content, "utf8"), "text/html", null);
  }
}
instrument(HtmlOutput, "HtmlOutput");

export class HtmlService extends Facade {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    w: World,
    private readonly _files: Record<string, string>,
  ) {
    super(w);
  }
  _file(filename: string): string {
    // Apps Script accepts the name with or without ".html".
    const name = String(filename).replace(/\.html$/, "");
    const content = this._files[name];
    if (content === undefined) throw this._w.error(`No HTML file named ${name} was found.`);
    return content;
  }
  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html instanceof Blob) {
      return new HtmlOutput(this._w, (html as Blob)._bytes.toString("utf8"));
    }
    return new HtmlOutput(this._w, html === undefined ? "" : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this._w, this._file(filename));
  }
}
instrument(HtmlService, "HtmlService");
