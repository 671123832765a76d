// "Til meg" over real requests on the seeded demo: what a person sees follows the facts and the clock,
// and never reaches into a project they are not in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { addDecision, createMeeting, updateDecisionStatus } from "../../app/models/steering.server";
import { getUserByEmail } from "../../app/models/user.server";
import { loader as toMeLoader } from "../../app/routes/til-meg";
import { loader as indexLoader } from "../../app/routes/_index";
import { getAs, responseOf } from "./requests";

const clockDir = fs.mkdtempSync(path.join(os.tmpdir(), "til-meg-"));
const clockFile = path.join(clockDir, "now.txt");
const setToday = (day: string) => fs.writeFileSync(clockFile, `${day}T10:00:00Z`);

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  process.env.TRINNVIS_CLOCK_FILE = clockFile;
});
afterAll(() => {
  delete process.env.TRINNVIS_CLOCK_FILE;
});

type ToMeData = { total: number; groups: { kind: string; total: number; items: { key: string; title: string; href: string; overdue: boolean; personName: string; projectId: number }[] }[] };
async function toMeOf(email: string, query = ""): Promise<ToMeData> {
  const response = await responseOf(async () => toMeLoader({ request: await getAs(email, `/til-meg${query}`), params: {}, context: {} }));
  expect(response.status).toBe(200);
  return response.json();
}
const itemsOf = (data: ToMeData) => data.groups.flatMap((g) => g.items);

describe("Til meg", () => {
  it("is the first page after login, and asks anyone else to log in", async () => {
    expect((await responseOf(async () => indexLoader({ request: await getAs("medarbeider@trinnvis.test", "/"), params: {}, context: {} }))).headers.get("Location")).toBe("/til-meg");
    const anonymous = await responseOf(() => toMeLoader({ request: new Request("http://localhost/til-meg"), params: {}, context: {} }));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/logg-inn/);
  });

  it("shows a decision to its owner a week before the due date, as overdue after it, and not once it is done", async () => {
    const steering = getUserByEmail("styringsgruppe@trinnvis.test")!.id;
    const member = getUserByEmail("medarbeider@trinnvis.test")!;
    const meeting = createMeeting({ projectId: 1, userId: steering, date: "2026-11-02", place: "", notes: "", attendeeUserIds: [], otherAttendees: [] });
    const decision = addDecision({ projectId: 1, meetingId: meeting.id, userId: steering, values: { text: "Send forløpet på høring", owner: "", ownerUserId: member.id, dueDate: "2026-12-10", tiltakId: null, goalId: null, measureId: null } })!;
    const mine = async () => itemsOf(await toMeOf("medarbeider@trinnvis.test")).filter((i) => i.key === `vedtak:${decision.id}`);

    setToday("2026-12-02");
    expect(await mine()).toEqual([]);
    setToday("2026-12-03");
    expect(await mine()).toMatchObject([{ title: "Send forløpet på høring", overdue: false, personName: member.name, href: `/prosjekter/1/styring/moter/${meeting.id}#vedtak-${decision.id}` }]);
    setToday("2026-12-11");
    expect(await mine()).toMatchObject([{ overdue: true }]);
    // Someone else sees nothing of it, not even the one who recorded it.
    expect(itemsOf(await toMeOf("styringsgruppe@trinnvis.test")).some((i) => i.key === `vedtak:${decision.id}`)).toBe(false);

    expect(updateDecisionStatus({ projectId: 1, decisionId: decision.id, userId: member.id, version: decision.version, status: "fullfort" }).status).toBe("saved");
    expect(await mine()).toEqual([]);
  });

  it("never lists anything from a project the person is not in", async () => {
    setToday("2030-01-01");
    const other = await toMeOf("prosjektleder2@trinnvis.test");
    expect(other.total).toBeGreaterThan(0);
    expect(itemsOf(other).every((i) => i.projectId === 2 && i.href.startsWith("/prosjekter/2/"))).toBe(true);
    const leader = await toMeOf("prosjektleder@trinnvis.test");
    expect(itemsOf(leader).every((i) => i.projectId === 1 && i.href.startsWith("/prosjekter/1/"))).toBe(true);
  });

  it("shows ten of a kind until asked for all of them", async () => {
    setToday("2030-01-01");
    const leader = getUserByEmail("prosjektleder@trinnvis.test")!.id;
    const meeting = createMeeting({ projectId: 1, userId: leader, date: "2029-12-01", place: "", notes: "", attendeeUserIds: [], otherAttendees: [] });
    for (let i = 1; i <= 12; i++) {
      addDecision({ projectId: 1, meetingId: meeting.id, userId: leader, values: { text: `Vedtak ${i}`, owner: "", ownerUserId: leader, dueDate: "2029-12-15", tiltakId: null, goalId: null, measureId: null } });
    }
    const group = (data: ToMeData) => data.groups.find((g) => g.kind === "vedtak")!;
    expect(group(await toMeOf("prosjektleder@trinnvis.test"))).toMatchObject({ total: 12 });
    expect(group(await toMeOf("prosjektleder@trinnvis.test")).items).toHaveLength(10);
    expect(group(await toMeOf("prosjektleder@trinnvis.test", "?vis=vedtak")).items).toHaveLength(12);
  });
});
