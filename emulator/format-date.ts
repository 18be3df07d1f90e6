/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate accepts them:
 * y M d H h m s S E a Z X and 'quoted' literals ('' is a single quote).
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(date)) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const ms = ((date.getTime() % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  return {
    year: p.year,
    month: p.month,
    day: p.day,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    ms,
    weekday: new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay(),
    offsetMinutes: Math.round((asUtc - date.getTime()) / 60000),
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function offset(minutes: number, colon: boolean, zForZero: boolean): string {
  if (zForZero && minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return sign + pad(Math.floor(abs / 60), 2) + (colon ? ":" : "") + pad(abs % 60, 2);
}

function field(letter: string, count: number, p: ZonedParts): string {
  switch (letter) {
    case "y":
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case "M":
      if (count >= 4) return MONTHS[p.month - 1];
      if (count === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, count);
    case "d":
      return pad(p.day, count);
    case "H":
      return pad(p.hour, count);
    case "h":
      return pad(p.hour % 12 || 12, count);
    case "m":
      return pad(p.minute, count);
    case "s":
      return pad(p.second, count);
    case "S":
      return pad(p.ms, 3).slice(0, Math.max(count, 3)).padEnd(count, "0");
    case "E":
      return count >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case "a":
      return p.hour < 12 ? "AM" : "PM";
    case "Z":
      return offset(p.offsetMinutes, false, false);
    case "X":
      return offset(p.offsetMinutes, count >= 3, true);
    case "u":
      return String(p.weekday || 7);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text runs to the next lone quote; a doubled quote inside it is one quote.
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, p);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
