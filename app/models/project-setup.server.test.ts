// Setting a project up: the project itself, its organisations, people, invitations, phases and groups,
// and the password-reset links, against a real migrated SQLite database.
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { invitations, passwordResets, projectMemberships, sessions } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { verifyPassword } from "../utils/password.server";
import { createActivity, type ActivityValues } from "./activity.server";
import { listAuditEntries } from "./audit.server";
import {
  acceptInvitation,
  createInvitation,
  emailIsProjectMember,
  findInvitationByToken,
  findOpenInvitation,
  listOpenInvitations,
  renewInvitation,
  withdrawInvitation,
  type NewInvitation,
} from "./invitation.server";
import { changeMember, getMembership, getProjectMember, listProjectPeople, removeMember, setMembership, upsertMembership } from "./membership.server";
import {
  addProjectOrganisation,
  createOrganisation,
  ensureRegisterOrganisation,
  getOrganisation,
  listOrganisations,
  listProjectOrganisations,
  listProjectRegions,
  removeProjectOrganisation,
  setProjectOrganisationRegion,
} from "./organisation.server";
import { createPasswordReset, findValidPasswordReset, consumePasswordReset } from "./password-reset.server";
import { createPhase, deletePhase, getPhase, updatePhase } from "./phase.server";
import { addGroupMember, createProjectGroup, deleteProjectGroup, getProjectGroup, listProjectGroups, removeGroupMember, updateProjectGroup } from "./project-group.server";
import { createProject, getProject, type NewProject } from "./project.server";
import { createSession, getSessionByToken } from "./session.server";
import { createTiltak, type TiltakValues } from "./tiltak.server";
import { createUser, getUserById } from "./user.server";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const past = () => new Date(Date.now() - 60 * 1000).toISOString();

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;

const newUser = (name = unique("bruker"), password: string | null = null) => createUser({ email: `${name}@oppsett.test`, name, password });

const projectValues = (name = unique("Prosjekt")): NewProject => ({
  name,
  description: "Bedre overganger mellom kommune og sykehus",
  owner: "Helse Nord-Trøndelag",
  funder: "Helsedirektoratet",
  startDate: "2024-01-01",
  endDate: "2025-12-31",
  currentStep: "planlegge",
});

async function newProject() {
  const leader = await newUser();
  const project = createProject({ userId: leader.id, values: projectValues() });
  return { leader, project };
}

const newOrganisation = (level: "kommune" | "spesialisthelsetjeneste" | "nav" = "kommune") => createOrganisation({ name: unique("Organisasjon"), level });

const activityValues = (organisationIds: number[]): ActivityValues => ({
  title: unique("Oppstartsseminar"),
  startDate: "2024-03-01",
  endDate: null,
  typeId: "oppstartsseminar",
  stepId: "forberedelse",
  themeId: "forankre",
  description: "",
  evidenceUrl: null,
  audiences: [],
  organisationIds,
});

const tiltakValues = (responsibleOrganisationId: number | null): TiltakValues => ({
  title: unique("Tiltak"),
  description: "",
  priority: "prioritert",
  goalIds: [],
  failureAreaIds: [],
  agreementAreaIds: [],
  organisationIds: [],
  responsibleOrganisationId,
  responsiblePerson: "",
  startDate: null,
  nextEvaluationDate: null,
});

const membershipRows = (userId: number) => getDb().select().from(projectMemberships).where(eq(projectMemberships.userId, userId)).all();
const invitationRow = (id: number) => getDb().select().from(invitations).where(eq(invitations.id, id)).get()!;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("createProject", () => {
  it("stores the project with its values and makes the creator its project leader", async () => {
    const creator = await newUser();
    const other = await newUser();
    const values = projectValues("Trygg utskrivning");
    const project = createProject({ userId: creator.id, values });
    expect(getProject(project.id)).toMatchObject(values);
    expect(getMembership(project.id, creator.id)).toEqual({ role: "prosjektleder" });
    expect(getMembership(project.id, other.id)).toBeNull();
    expect(listProjectPeople(project.id).map((p) => [p.userId, p.role])).toEqual([[creator.id, "prosjektleder"]]);
  });

  it("writes an audit entry for the new project", async () => {
    const creator = await newUser();
    const project = createProject({ userId: creator.id, values: projectValues("Revidert prosjekt") });
    const entries = listAuditEntries({ projectId: project.id, entityType: "project" });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "create", entityId: String(project.id), userId: creator.id, projectId: project.id });
    expect(JSON.parse(entries[0].detail!)).toEqual({ name: "Revidert prosjekt" });
  });
});

describe("organisations", () => {
  it("ensureRegisterOrganisation gives the same organisation for the same register key", () => {
    const entry = { key: "kommune:9901", name: "Testvik kommune", level: "kommune" as const, orgNumber: "999999901" };
    const first = ensureRegisterOrganisation(entry);
    const again = ensureRegisterOrganisation(entry);
    expect(again.id).toBe(first.id);
    expect(getOrganisation(first.id)).toMatchObject({ name: "Testvik kommune", level: "kommune", registerKey: "kommune:9901", orgNumber: "999999901" });
    expect(listOrganisations().filter((o) => o.registerKey === "kommune:9901")).toHaveLength(1);
  });

  it("ensureRegisterOrganisation reuses an organisation of that name and level made by hand", () => {
    const existing = createOrganisation({ name: "Håndlaget kommune", level: "kommune" });
    const before = listOrganisations().length;
    const ensured = ensureRegisterOrganisation({ key: "kommune:9902", name: "Håndlaget kommune", level: "kommune" });
    expect(ensured.id).toBe(existing.id);
    expect(ensureRegisterOrganisation({ key: "kommune:9902", name: "Håndlaget kommune", level: "kommune" }).id).toBe(existing.id);
    expect(listOrganisations()).toHaveLength(before);
    // The same name at another level is another organisation.
    const otherLevel = ensureRegisterOrganisation({ key: "andre:9902", name: "Håndlaget kommune", level: "andre" });
    expect(otherLevel.id).not.toBe(existing.id);
    expect(listOrganisations()).toHaveLength(before + 1);
  });

  it("ensureRegisterOrganisation marks a known organisation with the key, and leaves a number held by another name where it is", () => {
    const byName = createOrganisation({ name: "Merkevik kommune", level: "kommune" });
    ensureRegisterOrganisation({ key: "kommune:9903", name: "Merkevik kommune", level: "kommune", orgNumber: "974760673" });
    expect(getOrganisation(byName.id)).toMatchObject({ registerKey: "kommune:9903", orgNumber: "974760673" });
    // Someone typed another name with the register entry's number: the register's organisation is still its own.
    const squatter = createOrganisation({ name: "Grong (skrevet for hånd)", level: "kommune", orgNumber: "974761076" });
    const picked = ensureRegisterOrganisation({ key: "kommune:9904", name: "Grong kommune", level: "kommune", orgNumber: "974761076" });
    expect(picked.id).not.toBe(squatter.id);
    expect(picked).toMatchObject({ name: "Grong kommune", registerKey: "kommune:9904", orgNumber: null });
    expect(getOrganisation(squatter.id)).toMatchObject({ name: "Grong (skrevet for hånd)", registerKey: null });
  });

  it("adds organisations to a project and lists them and their distinct, sorted regions", async () => {
    const { leader, project } = await newProject();
    const { project: otherProject } = await newProject();
    const namsos = createOrganisation({ name: "Oppsett Namsos kommune", level: "kommune" });
    const grong = createOrganisation({ name: "Oppsett Grong kommune", level: "kommune" });
    const levanger = createOrganisation({ name: "Oppsett Levanger kommune", level: "kommune" });
    const sykehus = createOrganisation({ name: "Oppsett sykehus", level: "spesialisthelsetjeneste" });
    addProjectOrganisation({ projectId: project.id, organisationId: namsos.id, region: "Namdal", userId: leader.id });
    addProjectOrganisation({ projectId: project.id, organisationId: grong.id, region: "Namdal", userId: leader.id });
    addProjectOrganisation({ projectId: project.id, organisationId: levanger.id, region: "Innherred", userId: leader.id });
    addProjectOrganisation({ projectId: project.id, organisationId: sykehus.id, region: null, userId: leader.id });
    addProjectOrganisation({ projectId: otherProject.id, organisationId: namsos.id, region: "Fosen", userId: leader.id });

    const listed = listProjectOrganisations(project.id);
    expect(listed.filter((o) => o.level === "kommune").map((o) => [o.name, o.region])).toEqual([
      ["Oppsett Levanger kommune", "Innherred"],
      ["Oppsett Grong kommune", "Namdal"],
      ["Oppsett Namsos kommune", "Namdal"],
    ]);
    expect(listed.find((o) => o.id === sykehus.id)).toMatchObject({ region: null, participation: "deltaker", level: "spesialisthelsetjeneste" });
    expect(listed).toHaveLength(4);
    expect(listProjectRegions(project.id)).toEqual(["Innherred", "Namdal"]);
    expect(listProjectRegions(otherProject.id)).toEqual(["Fosen"]);
    const audit = listAuditEntries({ projectId: project.id, entityType: "project_organisation" });
    expect(audit.map((e) => e.entityId).sort()).toEqual([namsos.id, grong.id, levanger.id, sykehus.id].map(String).sort());
  });

  it("refuses to add the same organisation to a project twice (primary key), writing nothing", async () => {
    const { leader, project } = await newProject();
    const org = newOrganisation();
    addProjectOrganisation({ projectId: project.id, organisationId: org.id, region: "Namdal", userId: leader.id });
    const auditBefore = listAuditEntries({ projectId: project.id, entityType: "project_organisation" }).length;
    expect(() => addProjectOrganisation({ projectId: project.id, organisationId: org.id, region: "Innherred", userId: leader.id })).toThrow(/UNIQUE constraint failed/);
    expect(listProjectOrganisations(project.id).map((o) => [o.id, o.region])).toEqual([[org.id, "Namdal"]]);
    expect(listAuditEntries({ projectId: project.id, entityType: "project_organisation" })).toHaveLength(auditBefore);
  });

  it("sets an organisation's region in the project, and only there", async () => {
    const { leader, project } = await newProject();
    const { project: otherProject } = await newProject();
    const org = newOrganisation();
    const outsider = newOrganisation();
    addProjectOrganisation({ projectId: project.id, organisationId: org.id, region: "Namdal", userId: leader.id });
    addProjectOrganisation({ projectId: otherProject.id, organisationId: org.id, region: "Namdal", userId: leader.id });
    expect(setProjectOrganisationRegion({ projectId: project.id, organisationId: org.id, region: "Innherred", userId: leader.id })).toBe(true);
    expect(listProjectOrganisations(project.id)[0].region).toBe("Innherred");
    expect(listProjectOrganisations(otherProject.id)[0].region).toBe("Namdal");
    expect(setProjectOrganisationRegion({ projectId: project.id, organisationId: org.id, region: null, userId: leader.id })).toBe(true);
    expect(listProjectOrganisations(project.id)[0].region).toBeNull();
    expect(listProjectRegions(project.id)).toEqual([]);
    expect(setProjectOrganisationRegion({ projectId: project.id, organisationId: outsider.id, region: "Fosen", userId: leader.id })).toBe(false);
    expect(listProjectOrganisations(project.id).map((o) => o.id)).toEqual([org.id]);
  });

  describe("removeProjectOrganisation", () => {
    async function projectWithOrganisation() {
      const { leader, project } = await newProject();
      const org = newOrganisation();
      addProjectOrganisation({ projectId: project.id, organisationId: org.id, region: null, userId: leader.id });
      return { leader, project, org };
    }
    const stillListed = (projectId: number, organisationId: number) => listProjectOrganisations(projectId).some((o) => o.id === organisationId);

    it("removes an organisation nothing refers to, with an audit entry", async () => {
      const { leader, project, org } = await projectWithOrganisation();
      expect(removeProjectOrganisation({ projectId: project.id, organisationId: org.id, userId: leader.id })).toEqual({ status: "removed" });
      expect(stillListed(project.id, org.id)).toBe(false);
      expect(getOrganisation(org.id)).not.toBeNull();
      expect(listAuditEntries({ projectId: project.id, entityType: "project_organisation" })[0]).toMatchObject({ action: "delete", entityId: String(org.id) });
    });

    it("gives not_found for an organisation not in the project", async () => {
      const { leader, project } = await projectWithOrganisation();
      const outsider = newOrganisation();
      expect(removeProjectOrganisation({ projectId: project.id, organisationId: outsider.id, userId: leader.id })).toEqual({ status: "not_found" });
      expect(listProjectOrganisations(project.id)).toHaveLength(1);
    });

    it("keeps an organisation that an activity refers to", async () => {
      const { leader, project, org } = await projectWithOrganisation();
      createActivity({ projectId: project.id, userId: leader.id, values: activityValues([org.id]) });
      createActivity({ projectId: project.id, userId: leader.id, values: activityValues([org.id]) });
      expect(removeProjectOrganisation({ projectId: project.id, organisationId: org.id, userId: leader.id })).toEqual({
        status: "in_use",
        references: [{ kind: "aktiviteter", count: 2 }],
      });
      expect(stillListed(project.id, org.id)).toBe(true);
    });

    it("keeps an organisation responsible for a tiltak", async () => {
      const { leader, project, org } = await projectWithOrganisation();
      createTiltak({ projectId: project.id, userId: leader.id, values: tiltakValues(org.id) });
      expect(removeProjectOrganisation({ projectId: project.id, organisationId: org.id, userId: leader.id })).toEqual({
        status: "in_use",
        references: [{ kind: "tiltak", count: 1 }],
      });
      expect(stillListed(project.id, org.id)).toBe(true);
    });

    it("keeps an organisation a project member belongs to", async () => {
      const { leader, project, org } = await projectWithOrganisation();
      const member = await newUser();
      upsertMembership({ projectId: project.id, userId: member.id, role: "prosjektmedarbeider", organisationId: org.id });
      expect(removeProjectOrganisation({ projectId: project.id, organisationId: org.id, userId: leader.id })).toEqual({
        status: "in_use",
        references: [{ kind: "personer", count: 1 }],
      });
      expect(stillListed(project.id, org.id)).toBe(true);
    });

    it("keeps an organisation a group member comes from", async () => {
      const { leader, project, org } = await projectWithOrganisation();
      const group = createProjectGroup({ projectId: project.id, userId: leader.id, values: { kind: "styringsgruppe", name: "Styringsgruppa", description: "" } });
      addGroupMember({ projectId: project.id, groupId: group.id, userId: leader.id, values: { userId: null, name: "Kari Nordmann", function: "leder", organisationId: org.id } });
      expect(removeProjectOrganisation({ projectId: project.id, organisationId: org.id, userId: leader.id })).toEqual({
        status: "in_use",
        references: [{ kind: "grupper", count: 1 }],
      });
      expect(stillListed(project.id, org.id)).toBe(true);
    });

    it("lists every kind of reference with its count", async () => {
      const { leader, project, org } = await projectWithOrganisation();
      const member = await newUser();
      createActivity({ projectId: project.id, userId: leader.id, values: activityValues([org.id]) });
      createTiltak({ projectId: project.id, userId: leader.id, values: tiltakValues(org.id) });
      upsertMembership({ projectId: project.id, userId: member.id, role: "styringsgruppe", organisationId: org.id });
      const result = removeProjectOrganisation({ projectId: project.id, organisationId: org.id, userId: leader.id });
      expect(result.status).toBe("in_use");
      if (result.status === "in_use") {
        expect(result.references).toEqual(
          expect.arrayContaining([
            { kind: "aktiviteter", count: 1 },
            { kind: "tiltak", count: 1 },
            { kind: "personer", count: 1 },
          ]),
        );
        expect(result.references).toHaveLength(3);
      }
    });

    it("is not blocked by references in another project", async () => {
      const { leader, project, org } = await projectWithOrganisation();
      const { leader: otherLeader, project: otherProject } = await newProject();
      addProjectOrganisation({ projectId: otherProject.id, organisationId: org.id, region: null, userId: otherLeader.id });
      createActivity({ projectId: otherProject.id, userId: otherLeader.id, values: activityValues([org.id]) });
      createTiltak({ projectId: otherProject.id, userId: otherLeader.id, values: tiltakValues(org.id) });
      upsertMembership({ projectId: otherProject.id, userId: leader.id, role: "radgiver", organisationId: org.id });
      const group = createProjectGroup({ projectId: otherProject.id, userId: otherLeader.id, values: { kind: "eier", name: "Eier", description: "" } });
      addGroupMember({ projectId: otherProject.id, groupId: group.id, userId: otherLeader.id, values: { userId: null, name: "Ola", function: "", organisationId: org.id } });

      expect(removeProjectOrganisation({ projectId: project.id, organisationId: org.id, userId: leader.id })).toEqual({ status: "removed" });
      expect(stillListed(project.id, org.id)).toBe(false);
      expect(stillListed(otherProject.id, org.id)).toBe(true);
      const inOther = removeProjectOrganisation({ projectId: otherProject.id, organisationId: org.id, userId: otherLeader.id });
      expect(inOther.status).toBe("in_use");
      if (inOther.status === "in_use") expect(inOther.references.map((r) => r.kind).sort()).toEqual(["aktiviteter", "grupper", "personer", "tiltak"]);
    });
  });
});

describe("changeMember and removeMember", () => {
  const leaderMembership = (projectId: number, userId: number) =>
    getDb().select().from(projectMemberships).where(and(eq(projectMemberships.projectId, projectId), eq(projectMemberships.userId, userId))).get()!;

  it("neither demotes nor removes the last project leader", async () => {
    const { leader, project } = await newProject();
    const membership = leaderMembership(project.id, leader.id);
    expect(changeMember({ projectId: project.id, membershipId: membership.id, userId: leader.id, role: "prosjektmedarbeider", position: "Ny stilling", organisationId: null })).toEqual({
      status: "last_leader",
    });
    expect(removeMember({ projectId: project.id, membershipId: membership.id, userId: leader.id })).toEqual({ status: "last_leader" });
    expect(getMembership(project.id, leader.id)).toEqual({ role: "prosjektleder" });
    expect(getProjectMember(project.id, membership.id)).toMatchObject({ role: "prosjektleder", position: "" });
    expect(listAuditEntries({ projectId: project.id, entityType: "membership" })).toEqual([]);
  });

  it("lets the last project leader change their position while staying leader", async () => {
    const { leader, project } = await newProject();
    const membership = leaderMembership(project.id, leader.id);
    expect(changeMember({ projectId: project.id, membershipId: membership.id, userId: leader.id, role: "prosjektleder", position: "Prosjektleder, 100 %", organisationId: null })).toEqual({
      status: "saved",
    });
    expect(getProjectMember(project.id, membership.id)).toMatchObject({ role: "prosjektleder", position: "Prosjektleder, 100 %" });
  });

  it("with two leaders one can be demoted, and then the other is the last", async () => {
    const { leader, project } = await newProject();
    const second = await newUser();
    const org = newOrganisation();
    const secondMembership = upsertMembership({ projectId: project.id, userId: second.id, role: "prosjektleder" });
    const first = leaderMembership(project.id, leader.id);
    expect(changeMember({ projectId: project.id, membershipId: first.id, userId: second.id, role: "styringsgruppe", position: "Leder", organisationId: org.id })).toEqual({ status: "saved" });
    expect(getMembership(project.id, leader.id)).toEqual({ role: "styringsgruppe" });
    expect(getProjectMember(project.id, first.id)).toMatchObject({ position: "Leder", organisationId: org.id });
    expect(changeMember({ projectId: project.id, membershipId: secondMembership.id, userId: second.id, role: "radgiver", position: "", organisationId: null })).toEqual({ status: "last_leader" });
    expect(getMembership(project.id, second.id)).toEqual({ role: "prosjektleder" });
    const audit = listAuditEntries({ projectId: project.id, entityType: "membership" });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].detail!)).toEqual({
      userId: leader.id,
      changes: {
        role: { før: "prosjektleder", etter: "styringsgruppe" },
        position: { før: { sha256: "e3b0c44298fc1c14", lengde: 0 }, etter: { sha256: expect.stringMatching(/^[0-9a-f]{16}$/), lengde: 5 } },
        organisationId: { før: null, etter: org.id },
      },
    });
  });

  it("with two leaders one can be removed", async () => {
    const { leader, project } = await newProject();
    const second = await newUser();
    upsertMembership({ projectId: project.id, userId: second.id, role: "prosjektleder" });
    expect(removeMember({ projectId: project.id, membershipId: leaderMembership(project.id, leader.id).id, userId: second.id })).toEqual({ status: "saved" });
    expect(getMembership(project.id, leader.id)).toBeNull();
    expect(getMembership(project.id, second.id)).toEqual({ role: "prosjektleder" });
  });

  it("removing a member takes away their access", async () => {
    const { leader, project } = await newProject();
    const member = await newUser();
    const membership = upsertMembership({ projectId: project.id, userId: member.id, role: "prosjektmedarbeider" });
    expect(getMembership(project.id, member.id)).toEqual({ role: "prosjektmedarbeider" });
    expect(removeMember({ projectId: project.id, membershipId: membership.id, userId: leader.id })).toEqual({ status: "saved" });
    expect(getMembership(project.id, member.id)).toBeNull();
    expect(listProjectPeople(project.id).map((p) => p.userId)).toEqual([leader.id]);
    expect(listAuditEntries({ projectId: project.id, entityType: "membership" })[0]).toMatchObject({ action: "delete", entityId: String(membership.id) });
  });

  it("gives not_found for a membership in another project, changing nothing", async () => {
    const { leader, project } = await newProject();
    const { project: otherProject } = await newProject();
    const member = await newUser();
    const foreign = upsertMembership({ projectId: otherProject.id, userId: member.id, role: "prosjektmedarbeider" });
    expect(changeMember({ projectId: project.id, membershipId: foreign.id, userId: leader.id, role: "radgiver", position: "x", organisationId: null })).toEqual({ status: "not_found" });
    expect(removeMember({ projectId: project.id, membershipId: foreign.id, userId: leader.id })).toEqual({ status: "not_found" });
    expect(getMembership(otherProject.id, member.id)).toEqual({ role: "prosjektmedarbeider" });
    expect(getProjectMember(otherProject.id, foreign.id)).toMatchObject({ role: "prosjektmedarbeider", position: "" });
  });
});

describe("invitations", () => {
  async function setup() {
    const { leader, project } = await newProject();
    const org = newOrganisation();
    addProjectOrganisation({ projectId: project.id, organisationId: org.id, region: null, userId: leader.id });
    const invite = (overrides: Partial<NewInvitation> = {}) =>
      createInvitation({ email: `${unique("invitert")}@oppsett.test`, projectId: project.id, role: "styringsgruppe", position: "Kommunalsjef", organisationId: org.id, invitedBy: leader.id, ...overrides });
    return { leader, project, org, invite };
  }

  it("stores the sha-256 of the token, never the token itself", async () => {
    const { project, invite } = await setup();
    const { token, invitation } = invite({ email: "  Store.Bokstaver@Oppsett.TEST " });
    expect(token.length).toBeGreaterThanOrEqual(32);
    const row = invitationRow(invitation.id);
    expect(row.tokenHash).toBe(sha256(token));
    expect(row.tokenHash).not.toBe(token);
    expect(Object.values(row)).not.toContain(token);
    expect(row.email).toBe("store.bokstaver@oppsett.test");
    expect(row.projectId).toBe(project.id);
    expect(Date.parse(row.expiresAt)).toBeGreaterThan(Date.now() + 24 * 60 * 60 * 1000);
  });

  it("finds a new invitation by its token as waiting, with the project's name", async () => {
    const { project, invite } = await setup();
    const { token, invitation } = invite();
    expect(findInvitationByToken(token)).toMatchObject({ id: invitation.id, state: "venter", projectName: project.name, role: "styringsgruppe" });
    expect(findInvitationByToken(`${token}x`)).toBeNull();
  });

  it("accepting makes a membership with the invited role, position and organisation, once", async () => {
    const { project, org, invite } = await setup();
    const { token, invitation } = invite();
    const user = await newUser();
    expect(acceptInvitation({ token, userId: user.id })).toEqual({ status: "accepted", projectId: project.id });
    expect(getMembership(project.id, user.id)).toEqual({ role: "styringsgruppe" });
    expect(membershipRows(user.id)).toEqual([expect.objectContaining({ projectId: project.id, role: "styringsgruppe", position: "Kommunalsjef", organisationId: org.id })]);
    expect(invitationRow(invitation.id)).toMatchObject({ acceptedBy: user.id });
    expect(findInvitationByToken(token)?.state).toBe("brukt");

    const another = await newUser();
    expect(acceptInvitation({ token, userId: another.id })).toEqual({ status: "brukt" });
    expect(membershipRows(another.id)).toEqual([]);
  });

  it("an expired invitation is utlopt and makes no membership", async () => {
    const { project, invite } = await setup();
    const { token, invitation } = invite();
    getDb().update(invitations).set({ expiresAt: past() }).where(eq(invitations.id, invitation.id)).run();
    expect(findInvitationByToken(token)?.state).toBe("utlopt");
    const user = await newUser();
    expect(acceptInvitation({ token, userId: user.id })).toEqual({ status: "utlopt" });
    expect(getMembership(project.id, user.id)).toBeNull();
    expect(invitationRow(invitation.id).acceptedAt).toBeNull();
  });

  it("a withdrawn invitation is trukket and makes no membership", async () => {
    const { leader, project, invite } = await setup();
    const { token, invitation } = invite();
    expect(withdrawInvitation({ projectId: project.id, invitationId: invitation.id, userId: leader.id })).toBe(true);
    expect(findInvitationByToken(token)?.state).toBe("trukket");
    const user = await newUser();
    expect(acceptInvitation({ token, userId: user.id })).toEqual({ status: "trukket" });
    expect(getMembership(project.id, user.id)).toBeNull();
    expect(withdrawInvitation({ projectId: project.id, invitationId: invitation.id, userId: leader.id })).toBe(false);
  });

  it("withdrawing or renewing from another project changes nothing", async () => {
    const { invite } = await setup();
    const { leader: otherLeader, project: otherProject } = await newProject();
    const { token, invitation } = invite();
    expect(withdrawInvitation({ projectId: otherProject.id, invitationId: invitation.id, userId: otherLeader.id })).toBe(false);
    expect(renewInvitation({ projectId: otherProject.id, invitationId: invitation.id, userId: otherLeader.id })).toBeNull();
    expect(findInvitationByToken(token)?.state).toBe("venter");
  });

  it("renewing gives a new token, the old one finds nothing any more", async () => {
    const { leader, project, invite } = await setup();
    const { token: oldToken, invitation } = invite();
    getDb().update(invitations).set({ expiresAt: past() }).where(eq(invitations.id, invitation.id)).run();
    const renewed = renewInvitation({ projectId: project.id, invitationId: invitation.id, userId: leader.id });
    expect(renewed).not.toBeNull();
    expect(renewed!.token).not.toBe(oldToken);
    expect(invitationRow(invitation.id).tokenHash).toBe(sha256(renewed!.token));
    expect(findInvitationByToken(oldToken)).toBeNull();
    expect(findInvitationByToken(renewed!.token)).toMatchObject({ id: invitation.id, state: "venter" });
    const user = await newUser();
    expect(acceptInvitation({ token: oldToken, userId: user.id })).toEqual({ status: "not_found" });
    expect(getMembership(project.id, user.id)).toBeNull();
    expect(acceptInvitation({ token: renewed!.token, userId: user.id })).toEqual({ status: "accepted", projectId: project.id });
    expect(getMembership(project.id, user.id)).toEqual({ role: "styringsgruppe" });
    // A used invitation cannot be renewed.
    expect(renewInvitation({ projectId: project.id, invitationId: invitation.id, userId: leader.id })).toBeNull();
  });

  it("accepting when already a member keeps the existing role", async () => {
    const { project, invite } = await setup();
    const user = await newUser();
    upsertMembership({ projectId: project.id, userId: user.id, role: "prosjektmedarbeider", position: "Sykepleier" });
    const { token, invitation } = invite({ email: user.email, role: "prosjektleder" });
    expect(acceptInvitation({ token, userId: user.id })).toEqual({ status: "accepted", projectId: project.id });
    expect(getMembership(project.id, user.id)).toEqual({ role: "prosjektmedarbeider" });
    expect(membershipRows(user.id)).toEqual([expect.objectContaining({ role: "prosjektmedarbeider", position: "Sykepleier", organisationId: null })]);
    expect(invitationRow(invitation.id).acceptedAt).not.toBeNull();
  });

  it("an installation invitation is accepted without making a membership", async () => {
    const { leader } = await newProject();
    const { token, invitation } = createInvitation({ email: "ny.bruker@oppsett.test", projectId: null, role: null, position: "", organisationId: null, invitedBy: leader.id });
    expect(findInvitationByToken(token)).toMatchObject({ state: "venter", projectId: null, projectName: null });
    const user = await newUser();
    expect(acceptInvitation({ token, userId: user.id })).toEqual({ status: "accepted", projectId: null });
    expect(membershipRows(user.id)).toEqual([]);
    expect(invitationRow(invitation.id).acceptedBy).toBe(user.id);
    expect(findInvitationByToken(token)?.state).toBe("brukt");
  });

  it("findOpenInvitation finds only invitations that can still be used", async () => {
    const { leader, project, invite } = await setup();
    const { project: otherProject } = await newProject();
    const open = invite({ email: "apen@oppsett.test" });
    expect(findOpenInvitation("APEN@oppsett.test ", project.id)?.id).toBe(open.invitation.id);
    expect(findOpenInvitation("apen@oppsett.test", otherProject.id)).toBeNull();
    expect(findOpenInvitation("apen@oppsett.test", null)).toBeNull();

    const expired = invite({ email: "utlopt@oppsett.test" });
    getDb().update(invitations).set({ expiresAt: past() }).where(eq(invitations.id, expired.invitation.id)).run();
    expect(findOpenInvitation("utlopt@oppsett.test", project.id)).toBeNull();

    const withdrawn = invite({ email: "trukket@oppsett.test" });
    withdrawInvitation({ projectId: project.id, invitationId: withdrawn.invitation.id, userId: leader.id });
    expect(findOpenInvitation("trukket@oppsett.test", project.id)).toBeNull();

    const accepted = invite({ email: "brukt@oppsett.test" });
    acceptInvitation({ token: accepted.token, userId: (await newUser()).id });
    expect(findOpenInvitation("brukt@oppsett.test", project.id)).toBeNull();

    const installation = createInvitation({ email: "installasjon@oppsett.test", projectId: null, role: null, position: "", organisationId: null, invitedBy: leader.id });
    expect(findOpenInvitation("installasjon@oppsett.test", null)?.id).toBe(installation.invitation.id);
    expect(findOpenInvitation("installasjon@oppsett.test", project.id)).toBeNull();
  });

  it("listOpenInvitations shows unused, unwithdrawn invitations with their state and without the token hash", async () => {
    const { leader, project, invite } = await setup();
    const waiting = invite();
    const expired = invite();
    getDb().update(invitations).set({ expiresAt: past() }).where(eq(invitations.id, expired.invitation.id)).run();
    const withdrawn = invite();
    withdrawInvitation({ projectId: project.id, invitationId: withdrawn.invitation.id, userId: leader.id });
    const accepted = invite();
    acceptInvitation({ token: accepted.token, userId: (await newUser()).id });

    const listed = listOpenInvitations(project.id);
    expect(listed.map((i) => [i.id, i.state]).sort()).toEqual(
      [
        [waiting.invitation.id, "venter"],
        [expired.invitation.id, "utlopt"],
      ].sort(),
    );
    for (const invitation of listed) {
      expect(invitation).not.toHaveProperty("tokenHash");
      expect(JSON.stringify(invitation)).not.toContain(sha256(waiting.token));
      expect(JSON.stringify(invitation)).not.toContain(sha256(expired.token));
    }
  });

  it("emailIsProjectMember ignores case and surrounding space", async () => {
    const { leader, project } = await newProject();
    const { project: otherProject } = await newProject();
    const member = await createUser({ email: "Medlem.Person@Oppsett.test", name: "Medlem", password: null });
    upsertMembership({ projectId: project.id, userId: member.id, role: "prosjektmedarbeider" });
    expect(emailIsProjectMember(project.id, "MEDLEM.PERSON@OPPSETT.TEST")).toBe(true);
    expect(emailIsProjectMember(project.id, " medlem.person@oppsett.test ")).toBe(true);
    expect(emailIsProjectMember(project.id, leader.email.toUpperCase())).toBe(true);
    expect(emailIsProjectMember(otherProject.id, "medlem.person@oppsett.test")).toBe(false);
    expect(emailIsProjectMember(project.id, "ukjent@oppsett.test")).toBe(false);
  });
});

describe("phases", () => {
  const phase = (name: string) => ({ name, description: "", startDate: "2024-01-01", endDate: null });

  it("numbers new phases within the project", async () => {
    const { leader, project } = await newProject();
    const { leader: otherLeader, project: otherProject } = await newProject();
    expect(createPhase({ projectId: project.id, userId: leader.id, values: phase("Oppstart") }).sortOrder).toBe(1);
    expect(createPhase({ projectId: project.id, userId: leader.id, values: phase("Utprøving") }).sortOrder).toBe(2);
    expect(createPhase({ projectId: otherProject.id, userId: otherLeader.id, values: phase("Oppstart") }).sortOrder).toBe(1);
  });

  it("updates and deletes only through the phase's own project", async () => {
    const { leader, project } = await newProject();
    const { leader: otherLeader, project: otherProject } = await newProject();
    const created = createPhase({ projectId: project.id, userId: leader.id, values: phase("Oppstart") });
    expect(getPhase(otherProject.id, created.id)).toBeNull();

    expect(updatePhase({ projectId: otherProject.id, phaseId: created.id, userId: otherLeader.id, values: phase("Kapret") })).toBe(false);
    expect(getPhase(project.id, created.id)?.name).toBe("Oppstart");
    expect(deletePhase({ projectId: otherProject.id, phaseId: created.id, userId: otherLeader.id })).toBe(false);
    expect(getPhase(project.id, created.id)).not.toBeNull();
    expect(listAuditEntries({ projectId: otherProject.id, entityType: "phase" })).toEqual([]);

    expect(updatePhase({ projectId: project.id, phaseId: created.id, userId: leader.id, values: { name: "Utprøving", description: "Tre måneder", startDate: "2024-02-01", endDate: "2024-04-30" } })).toBe(true);
    expect(getPhase(project.id, created.id)).toMatchObject({ name: "Utprøving", description: "Tre måneder", startDate: "2024-02-01", endDate: "2024-04-30" });
    expect(deletePhase({ projectId: project.id, phaseId: created.id, userId: leader.id })).toBe(true);
    expect(getPhase(project.id, created.id)).toBeNull();
    expect(listAuditEntries({ projectId: project.id, entityType: "phase" }).map((e) => e.action)).toEqual(["delete", "update", "create"]);
  });
});

describe("project groups", () => {
  const group = (kind: "eier" | "styringsgruppe" | "prosjektgruppe" | "fagnettverk" | "arbeidsgruppe", name: string) => ({ kind, name, description: "" });

  it("lists groups in kind order, each with its own members", async () => {
    const { leader, project } = await newProject();
    const { leader: otherLeader, project: otherProject } = await newProject();
    const org = newOrganisation();
    const work = createProjectGroup({ projectId: project.id, userId: leader.id, values: group("arbeidsgruppe", "A-gruppe") });
    const network = createProjectGroup({ projectId: project.id, userId: leader.id, values: group("fagnettverk", "B-nettverk") });
    const projectGroup = createProjectGroup({ projectId: project.id, userId: leader.id, values: group("prosjektgruppe", "C-prosjektgruppe") });
    const steering = createProjectGroup({ projectId: project.id, userId: leader.id, values: group("styringsgruppe", "D-styringsgruppe") });
    const owner = createProjectGroup({ projectId: project.id, userId: leader.id, values: group("eier", "E-eier") });
    createProjectGroup({ projectId: otherProject.id, userId: otherLeader.id, values: group("eier", "Fremmed eier") });

    addGroupMember({ projectId: project.id, groupId: steering.id, userId: leader.id, values: { userId: leader.id, name: "Åse Leder", function: "leder", organisationId: org.id } });
    addGroupMember({ projectId: project.id, groupId: steering.id, userId: leader.id, values: { userId: null, name: "Bjørn Bruker", function: "brukerrepresentant", organisationId: null } });
    addGroupMember({ projectId: project.id, groupId: work.id, userId: leader.id, values: { userId: null, name: "Cecilie", function: "", organisationId: null } });

    const listed = listProjectGroups(project.id);
    expect(listed.map((g) => g.kind)).toEqual(["eier", "styringsgruppe", "prosjektgruppe", "fagnettverk", "arbeidsgruppe"]);
    expect(listed.map((g) => g.id)).toEqual([owner.id, steering.id, projectGroup.id, network.id, work.id]);
    const byId = new Map(listed.map((g) => [g.id, g]));
    expect(byId.get(steering.id)!.members.map((m) => [m.name, m.function, m.organisationName])).toEqual([
      ["Bjørn Bruker", "brukerrepresentant", null],
      ["Åse Leder", "leder", org.name],
    ]);
    expect(byId.get(work.id)!.members.map((m) => m.name)).toEqual(["Cecilie"]);
    expect(byId.get(owner.id)!.members).toEqual([]);
    expect(listProjectGroups(otherProject.id).map((g) => g.name)).toEqual(["Fremmed eier"]);
  });

  it("updates and deletes a group only through its own project", async () => {
    const { leader, project } = await newProject();
    const { leader: otherLeader, project: otherProject } = await newProject();
    const created = createProjectGroup({ projectId: project.id, userId: leader.id, values: group("prosjektgruppe", "Prosjektgruppa") });
    expect(getProjectGroup(otherProject.id, created.id)).toBeNull();
    expect(updateProjectGroup({ projectId: otherProject.id, groupId: created.id, userId: otherLeader.id, values: group("eier", "Kapret") })).toBe(false);
    expect(getProjectGroup(project.id, created.id)).toMatchObject({ kind: "prosjektgruppe", name: "Prosjektgruppa" });
    expect(deleteProjectGroup({ projectId: otherProject.id, groupId: created.id, userId: otherLeader.id })).toBe(false);
    expect(getProjectGroup(project.id, created.id)).not.toBeNull();

    expect(updateProjectGroup({ projectId: project.id, groupId: created.id, userId: leader.id, values: { kind: "styringsgruppe", name: "Styringsgruppa", description: "Møtes månedlig" } })).toBe(true);
    expect(getProjectGroup(project.id, created.id)).toMatchObject({ kind: "styringsgruppe", name: "Styringsgruppa", description: "Møtes månedlig" });
    expect(deleteProjectGroup({ projectId: project.id, groupId: created.id, userId: leader.id })).toBe(true);
    expect(getProjectGroup(project.id, created.id)).toBeNull();
    expect(listProjectGroups(project.id)).toEqual([]);
  });

  it("adds and removes group members only through the group's own project", async () => {
    const { leader, project } = await newProject();
    const { leader: otherLeader, project: otherProject } = await newProject();
    const created = createProjectGroup({ projectId: project.id, userId: leader.id, values: group("fagnettverk", "Nettverket") });
    expect(addGroupMember({ projectId: otherProject.id, groupId: created.id, userId: otherLeader.id, values: { userId: null, name: "Inntrenger", function: "", organisationId: null } })).toBeNull();
    expect(listProjectGroups(project.id)[0].members).toEqual([]);

    const member = addGroupMember({ projectId: project.id, groupId: created.id, userId: leader.id, values: { userId: null, name: "Dagny", function: "fagperson", organisationId: null } })!;
    expect(member).toMatchObject({ groupId: created.id, name: "Dagny" });
    expect(removeGroupMember({ projectId: otherProject.id, memberId: member.id, userId: otherLeader.id })).toBe(false);
    expect(listProjectGroups(project.id)[0].members.map((m) => m.id)).toEqual([member.id]);
    expect(removeGroupMember({ projectId: project.id, memberId: member.id, userId: leader.id })).toBe(true);
    expect(listProjectGroups(project.id)[0].members).toEqual([]);
    expect(removeGroupMember({ projectId: project.id, memberId: member.id, userId: leader.id })).toBe(false);
  });
});

describe("password resets", () => {
  const OLD = "gammelt-passord-1";

  const userWithPassword = () => newUser(unique("glemsk"), OLD);
  const resetRows = (userId: number) => getDb().select().from(passwordResets).where(eq(passwordResets.userId, userId)).all();

  it("stores only the token's hash", async () => {
    const user = await userWithPassword();
    const token = createPasswordReset(user.id);
    const rows = resetRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(sha256(token));
    expect(Object.values(rows[0])).not.toContain(token);
    expect(findValidPasswordReset(token)?.userId).toBe(user.id);
  });

  it("sets the password and ends the user's sessions", async () => {
    const user = await userWithPassword();
    const other = await userWithPassword();
    const session = createSession(user.id);
    const otherSession = createSession(other.id);
    expect(getSessionByToken(session.token)).not.toBeNull();
    const token = createPasswordReset(user.id);
    expect(await consumePasswordReset(token, "nytt-passord-2")).toBe(true);
    const hash = getUserById(user.id)!.passwordHash!;
    expect(await verifyPassword(hash, "nytt-passord-2")).toBe(true);
    expect(await verifyPassword(hash, OLD)).toBe(false);
    expect(getSessionByToken(session.token)).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([]);
    expect(getSessionByToken(otherSession.token)).not.toBeNull();
    expect(await verifyPassword(getUserById(other.id)!.passwordHash!, OLD)).toBe(true);
  });

  it("works only once", async () => {
    const user = await userWithPassword();
    const token = createPasswordReset(user.id);
    expect(await consumePasswordReset(token, "forste-nye-passord")).toBe(true);
    expect(findValidPasswordReset(token)).toBeNull();
    expect(await consumePasswordReset(token, "andre-nye-passord")).toBe(false);
    const hash = getUserById(user.id)!.passwordHash!;
    expect(await verifyPassword(hash, "forste-nye-passord")).toBe(true);
    expect(await verifyPassword(hash, "andre-nye-passord")).toBe(false);
  });

  it("refuses an expired link", async () => {
    const user = await userWithPassword();
    const token = createPasswordReset(user.id);
    getDb().update(passwordResets).set({ expiresAt: past() }).where(eq(passwordResets.userId, user.id)).run();
    expect(findValidPasswordReset(token)).toBeNull();
    expect(await consumePasswordReset(token, "for-sent-passord")).toBe(false);
    expect(await verifyPassword(getUserById(user.id)!.passwordHash!, OLD)).toBe(true);
  });

  it("a new link voids the older one", async () => {
    const user = await userWithPassword();
    const older = createPasswordReset(user.id);
    const newer = createPasswordReset(user.id);
    expect(newer).not.toBe(older);
    expect(findValidPasswordReset(older)).toBeNull();
    expect(await consumePasswordReset(older, "fra-gammel-lenke")).toBe(false);
    expect(await verifyPassword(getUserById(user.id)!.passwordHash!, OLD)).toBe(true);
    expect(await consumePasswordReset(newer, "fra-ny-lenke")).toBe(true);
    expect(await verifyPassword(getUserById(user.id)!.passwordHash!, "fra-ny-lenke")).toBe(true);
  });
});

describe("setMembership (the administrator's membership form)", () => {
  it("adds a person, changes a role, and keeps the only project leader a leader", async () => {
    const { leader, project } = await newProject();
    const person = await newUser();
    expect(setMembership({ projectId: project.id, memberUserId: person.id, userId: leader.id, role: "styringsgruppe", position: "Leder", organisationId: null })).toEqual({ status: "saved" });
    expect(getMembership(project.id, person.id)).toEqual({ role: "styringsgruppe" });
    expect(setMembership({ projectId: project.id, memberUserId: person.id, userId: leader.id, role: "radgiver", position: "", organisationId: null })).toEqual({ status: "saved" });
    expect(getMembership(project.id, person.id)).toEqual({ role: "radgiver" });
    expect(setMembership({ projectId: project.id, memberUserId: leader.id, userId: leader.id, role: "prosjektmedarbeider", position: "", organisationId: null })).toEqual({ status: "last_leader" });
    expect(getMembership(project.id, leader.id)).toEqual({ role: "prosjektleder" });
  });
});
