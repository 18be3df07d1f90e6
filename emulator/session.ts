import { createHash } from "node:crypto";
import { Facade, instrument } from "./facade";
import type { World } from "./world";

export class User extends Facade {
  constructor(
    w: World,
    private readonly _email: string,
  ) {
    super(w);
  }
  getEmail(): string {
    return this._email;
  }
  override toString(): string {
    return this._email;
  }
}
// Unlike other objects, a User prints as its email (its own toString is kept).
instrument(User, "User");

export class Session extends Facade {
  /** Outside FULL (simple triggers) the email reads as "", as User.getEmail documents for runs without the user's authorization. */
  _user(): User {
    return new User(this._w, this._w.auth.hidesUserEmail() ? "" : this._w.user);
  }
  getActiveUser(): User {
    return this._user();
  }
  getEffectiveUser(): User {
    return this._user();
  }
  getScriptTimeZone(): string {
    return this._w.timeZone;
  }
  getActiveUserLocale(): string {
    return "en";
  }
  /** Stable per user and script, opaque, like the real key. */
  getTemporaryActiveUserKey(): string {
    return createHash("sha256").update(`key:${this._w.user}`).digest("base64url").slice(0, 43);
  }
}
instrument(Session, "Session");
