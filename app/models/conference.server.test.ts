import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { addInput, createConference, getConference, listConferences, projectFollowUpSummary, saveFollowUp, updateConference } from "./conference.server";
import { listConferenceInputFacts, listTiltakFacts } from "./dated-facts.server";
import { listTiltakOptions } from "./tiltak.server";

const values = {
  title: "Testkonferanse",
  startDate: "2013-01-10",
  endDate: null,
  place: "Namsos",
  region: null,
  purpose: "",
  stepId: "forberedelse" as const,
  themeId: "forankre",
  participants: [
    { organisationId: 1, count: 4 },
    { organisationId: 2, count: 0 },
  ],
};

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("conferences", () => {
  it("sums the participants and leaves out organisations with none", () => {
    const created = createConference({ projectId: 1, userId: 1, values });
    const conference = getConference(1, created.id)!;
    expect(conference.participants.map((p) => p.count)).toEqual([4]);
    expect(conference.participantTotal).toBe(4);
    expect(listConferences(1).find((c) => c.id === created.id)?.participantTotal).toBe(4);
  });

  it("does not show or change a conference through another project", () => {
    const created = createConference({ projectId: 1, userId: 1, values });
    expect(getConference(2, created.id)).toBeNull();
    expect(updateConference({ projectId: 2, conferenceId: created.id, version: 1, userId: 1, values })).toEqual({ status: "not_found" });
  });

  it("refuses a stale edit and returns the stored conference", () => {
    const created = createConference({ projectId: 1, userId: 1, values });
    expect(updateConference({ projectId: 1, conferenceId: created.id, version: 1, userId: 1, values: { ...values, title: "Først" } }).status).toBe("saved");
    const stale = updateConference({ projectId: 1, conferenceId: created.id, version: 1, userId: 1, values: { ...values, title: "Sist" } });
    expect(stale.status).toBe("conflict");
    expect(getConference(1, created.id)!.title).toBe("Først");
  });

  it("takes an input into a new tiltak in one step, and counts it as followed up", () => {
    const created = createConference({ projectId: 1, userId: 1, values });
    const input = addInput({ projectId: 1, conferenceId: created.id, userId: 1, text: "Felles opplæring i samtykke", raisedBy: "" });
    const before = projectFollowUpSummary(1).open;
    const saved = saveFollowUp({
      projectId: 1,
      conferenceId: created.id,
      inputId: input.id,
      version: 1,
      userId: 1,
      values: { followUp: "tatt_inn_i_tiltak", tiltakId: null, note: "", newTiltakTitle: "Opplæring i samtykke" },
    });
    expect(saved).toEqual({ status: "saved" });
    const stored = getConference(1, created.id)!.inputs.find((i) => i.id === input.id)!;
    expect(stored.tiltakTitle).toBe("Opplæring i samtykke");
    expect(listTiltakOptions(1).find((t) => t.title === "Opplæring i samtykke")?.status).toBe("ide");
    expect(projectFollowUpSummary(1).open).toBe(before - 1);
  });

  it("dates a follow-up on the day given, and a tiltak made from the input exists from that day", () => {
    const created = createConference({ projectId: 1, userId: 1, values });
    const input = addInput({ projectId: 1, conferenceId: created.id, userId: 1, text: "Kriseplan for alle", raisedBy: "" });
    saveFollowUp({
      projectId: 1,
      conferenceId: created.id,
      inputId: input.id,
      version: 1,
      userId: 1,
      values: { followUp: "tatt_inn_i_tiltak", tiltakId: null, note: "", newTiltakTitle: "Kriseplan i alle kommuner", date: "2013-02-15" },
    });
    const followedUp = listConferenceInputFacts(1).filter((i) => i.conferenceId === created.id);
    expect(followedUp).toEqual([expect.objectContaining({ followUp: "tatt_inn_i_tiltak", followedUpOn: "2013-02-15T12:00:00.000Z" })]);
    const made = listTiltakFacts(1).find((t) => t.title === "Kriseplan i alle kommuner")!;
    expect(made.statusHistory).toEqual([{ status: "ide", date: "2013-02-15" }]);
  });

  it("refuses a follow-up saved against an old version", () => {
    const created = createConference({ projectId: 1, userId: 1, values });
    const input = addInput({ projectId: 1, conferenceId: created.id, userId: 1, text: "x", raisedBy: "" });
    const base = { projectId: 1, conferenceId: created.id, inputId: input.id, userId: 1 };
    saveFollowUp({ ...base, version: 1, values: { followUp: "avvist", tiltakId: null, note: "Utenfor mandatet", newTiltakTitle: null } });
    const stale = saveFollowUp({ ...base, version: 1, values: { followUp: "besvart_annet", tiltakId: null, note: "Svar", newTiltakTitle: null } });
    expect(stale).toEqual({ status: "conflict", current: { followUp: "avvist", tiltakTitle: null, followUpNote: "Utenfor mandatet", version: 2 } });
  });

  it("counts the demo's inputs that nobody has followed up", () => {
    const demo = listConferences(1).filter((c) => c.title.startsWith("Dialogkonferanse"));
    expect(demo.reduce((n, c) => n + c.followUp.open, 0)).toBe(4);
  });
});
