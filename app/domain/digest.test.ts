import { describe, expect, it } from "vitest";
import { buildDigestMail, digestItems, isDigestDue, mondayOnOrBefore, shortPersonName } from "./digest";
import type { ToMeItem } from "./to-me";

const item = (key: string, over: Partial<ToMeItem> = {}): ToMeItem => ({
  key,
  kind: "vedtak",
  projectId: 1,
  projectName: "Helt",
  title: `Sak ${key}`,
  reason: "Fristen var 01.12.2026",
  href: `/prosjekter/1/styring#${key}`,
  personId: 7,
  personName: "Per Hansen",
  since: "2026-12-01",
  overdue: false,
  ...over,
});

describe("mondayOnOrBefore", () => {
  it("finds the Monday of the week, across month and year ends", () => {
    expect(mondayOnOrBefore("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(mondayOnOrBefore("2026-12-06")).toBe("2026-11-30"); // the Sunday after
    expect(mondayOnOrBefore("2026-12-07")).toBe("2026-12-07");
    expect(mondayOnOrBefore("2027-01-01")).toBe("2026-12-28"); // a Friday
    expect(mondayOnOrBefore("2024-03-01")).toBe("2024-02-26"); // leap year
  });
});

describe("isDigestDue", () => {
  it("daily: every day, also right after yesterday's", () => {
    expect(isDigestDue("daglig", "2026-12-01", "2026-11-30")).toBe(true);
    expect(isDigestDue("daglig", "2026-12-01", null)).toBe(true);
  });

  it("never: never", () => {
    expect(isDigestDue("aldri", "2026-11-30", null)).toBe(false);
    expect(isDigestDue("aldri", "2026-11-30", "2026-01-01")).toBe(false);
  });

  it("weekly: on Monday, not again that week", () => {
    expect(isDigestDue("ukentlig", "2026-11-30", "2026-11-23")).toBe(true);
    expect(isDigestDue("ukentlig", "2026-12-01", "2026-11-30")).toBe(false);
    expect(isDigestDue("ukentlig", "2026-12-06", "2026-11-30")).toBe(false); // Sunday
    expect(isDigestDue("ukentlig", "2026-12-07", "2026-11-30")).toBe(true); // next Monday
  });

  it("weekly: a missed Monday is made up on the next run day, once", () => {
    expect(isDigestDue("ukentlig", "2026-12-02", "2026-11-23")).toBe(true); // Monday 30.11 was missed
    expect(isDigestDue("ukentlig", "2026-12-03", "2026-12-02")).toBe(false);
    expect(isDigestDue("ukentlig", "2026-12-02", null)).toBe(true); // never had one
  });

  it("weekly: a daily digest earlier this week counts (switching from daily does not send twice)", () => {
    expect(isDigestDue("ukentlig", "2026-12-03", "2026-12-01")).toBe(false);
    expect(isDigestDue("ukentlig", "2026-12-03", "2026-11-29")).toBe(true); // Sunday before this week's Monday
  });
});

describe("digestItems", () => {
  it("names what is new since the previous digest and everything overdue", () => {
    const items = [item("a"), item("b"), item("c", { overdue: true })];
    expect(digestItems(items, ["a", "c"]).map((i) => i.key)).toEqual(["b", "c"]);
  });

  it("names everything without a previous digest, and nothing when all is known and on time", () => {
    const items = [item("a"), item("b")];
    expect(digestItems(items, null).map((i) => i.key)).toEqual(["a", "b"]);
    expect(digestItems(items, ["a", "b"])).toEqual([]);
    expect(digestItems([], null)).toEqual([]);
  });
});

describe("buildDigestMail", () => {
  const mail = buildDigestMail({
    personName: "Per Hansen",
    items: [item("vedtak:1", { overdue: true }), item("vedtak:2", { projectId: 2, projectName: "Annet", href: "/prosjekter/2/styring#v2" }), item("vedtak:3")],
    appUrl: "https://trinnvis.example.no/",
    unsubscribeUrl: "https://trinnvis.example.no/avmeld/abc",
  });

  it("counts the items in the subject, in bokmål singular and plural", () => {
    expect(mail.subject).toBe("Trinnvis: 3 saker venter på deg");
    const one = buildDigestMail({ personName: "P", items: [item("x")], appUrl: "http://a", unsubscribeUrl: "http://a/avmeld/t" });
    expect(one.subject).toBe("Trinnvis: 1 sak venter på deg");
  });

  it("groups by project (by name), with title, reason and an absolute link for each item", () => {
    const text = mail.text;
    expect(text.indexOf("Annet")).toBeLessThan(text.indexOf("Helt"));
    expect(text).toContain("- Forfalt: Sak vedtak:1\n  Fristen var 01.12.2026\n  https://trinnvis.example.no/prosjekter/1/styring#vedtak:1");
    expect(text).toContain("https://trinnvis.example.no/prosjekter/2/styring#v2");
    // Helt's two items sit together under its name.
    expect(text.slice(text.indexOf("\nHelt\n"))).toContain("Sak vedtak:3");
  });

  it("links to the profile page and the unsubscribe link", () => {
    expect(mail.text).toContain("https://trinnvis.example.no/profil");
    expect(mail.text).toContain("https://trinnvis.example.no/avmeld/abc");
  });
});

describe("shortPersonName", () => {
  it("keeps the first name and the last name's initial", () => {
    expect(shortPersonName("Per Olav Hansen")).toBe("Per H.");
    expect(shortPersonName("  Kari  ")).toBe("Kari");
  });
});
