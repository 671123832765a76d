// The server's idea of "now" for what depends on the calendar: "Til meg", reminders and their digests.
// A test installation can move it with TRINNVIS_CLOCK_FILE: a file holding an ISO instant (or
// nothing, for the real time). It is read on every call, so a test moves the clock by writing it.
import fs from "node:fs";
import { todayIso } from "./time";

function clockFromFile(file: string): Date | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
  if (!text) return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** Now, or the test clock's instant where TRINNVIS_CLOCK_FILE sets one. */
export function clockNow(): Date {
  const file = process.env.TRINNVIS_CLOCK_FILE;
  return (file && clockFromFile(file)) || new Date();
}

/** Today in Norway by that clock. */
export const clockToday = () => todayIso(clockNow());

/** Whether the clock is moved by a test (the server says so at start, so nobody runs it by mistake). */
export const clockIsMoved = () => Boolean(process.env.TRINNVIS_CLOCK_FILE);
