import { describe, expect, it } from "vitest";
import { durationText, LAST_SEEN_SLACK_MS, sessionDeadline, sessionPhase, WARNING_MS } from "./session-timer";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const start = Date.UTC(2026, 10, 29, 9, 0);

describe("the session's end as the browser counts it", () => {
  const clock = { lastContactAt: start, idleMs: 30 * MINUTE, endsAt: start + 8 * HOUR };

  it("counts the idle limit from the last request less the server's minute of slack", () => {
    expect(sessionDeadline(clock)).toBe(start + 30 * MINUTE - LAST_SEEN_SLACK_MS);
  });

  it("is active until the warning, warns before the end, and then has ended", () => {
    const deadline = sessionDeadline(clock);
    expect(sessionPhase(clock, deadline - WARNING_MS - 1)).toEqual({ phase: "active", warnIn: 1 });
    expect(sessionPhase(clock, deadline - WARNING_MS)).toEqual({ phase: "warning", endsIn: WARNING_MS, canExtend: true });
    expect(sessionPhase(clock, deadline - 1)).toMatchObject({ phase: "warning", endsIn: 1 });
    expect(sessionPhase(clock, deadline)).toEqual({ phase: "ended" });
  });

  it("cannot be continued near its absolute end", () => {
    const late = { ...clock, endsAt: start + 10 * MINUTE };
    expect(sessionDeadline(late)).toBe(start + 10 * MINUTE);
    expect(sessionPhase(late, start + 9 * MINUTE)).toEqual({ phase: "warning", endsIn: MINUTE, canExtend: false });
  });

  it("warns within a third of a very short idle limit", () => {
    const short = { ...clock, idleMs: 3 * MINUTE };
    const deadline = sessionDeadline(short);
    expect(sessionPhase(short, deadline - MINUTE - 1).phase).toBe("active");
    expect(sessionPhase(short, deadline - MINUTE).phase).toBe("warning");
  });
});

describe("durationText", () => {
  it.each([
    [500, "1 sekund"],
    [45_000, "45 sekunder"],
    [60_000, "1 minutt"],
    [65_000, "1 minutt og 5 sekunder"],
    [121_000, "2 minutter og 1 sekund"],
    [-5, "0 sekunder"],
  ])("%i ms is «%s»", (ms, text) => expect(durationText(ms)).toBe(text));
});
