// A project's organisations: picked from the registers (municipalities, health trusts), from the
// installation's own list, or added new; each with a region within the project.
import {
  addProjectOrganisation,
  createOrganisation,
  ensureRegisterOrganisation,
  findOrganisation,
  findOrganisationByOrgNumber,
  getOrganisation,
  isProjectOrganisation,
  listOrganisations,
  listProjectOrganisations,
  listProjectRegions,
  type OrganisationInput,
} from "../models/organisation.server";
import { LEVEL_ORDER } from "../domain/levels";
import { getContent } from "../utils/content.server";
import { findRegisterOrganisation, listRegisterOrganisations } from "../utils/registers.server";

export type PickChoice = { value: string; label: string; group: string };

/** What a leader can pick from: the installation's organisations first, then the registers, minus those already in the project. */
export function organisationPickChoices(projectId: number): PickChoice[] {
  const inProject = new Set(listProjectOrganisations(projectId).map((o) => o.id));
  const installation = listOrganisations();
  const levelNames = getContent().labels.organisationLevels;
  // A register entry already in Trinnvis (picked before, or typed by the same name) is offered once, as that organisation.
  const known = new Set(installation.flatMap((o) => [o.registerKey, `${o.level}:${o.name}`]));
  const own = installation
    .filter((o) => !inProject.has(o.id))
    .map((o) => ({ value: `org:${o.id}`, label: o.name, group: `Registrert i Trinnvis – ${levelNames[o.level]}` }));
  const register = listRegisterOrganisations()
    .filter((o) => !known.has(o.key) && !known.has(`${o.level}:${o.name}`))
    .map((o) => ({ value: o.key, label: o.name, group: o.level === "kommune" ? `Kommuner i ${o.region}` : `Spesialisthelsetjenesten: ${o.region}` }));
  const byGroup = (a: PickChoice, b: PickChoice) => a.group.localeCompare(b.group, "nb") || a.label.localeCompare(b.label, "nb");
  return [...own.sort(byGroup), ...register.sort(byGroup)];
}

/** The page's data: the organisations by level and name (a changed region does not move a row), regions to suggest, choices. */
export function projectOrganisationsPage(projectId: number) {
  const levels = LEVEL_ORDER as readonly string[];
  const organisations = listProjectOrganisations(projectId).sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level) || a.name.localeCompare(b.name, "nb"));
  return { organisations, regions: listProjectRegions(projectId), choices: organisationPickChoices(projectId) };
}

export type AddResult = { ok: true; name: string } | { ok: false; field: string; message: string };

const ALREADY_IN = "Organisasjonen er allerede med i prosjektet.";

/** Adds an organisation picked from the list ("org:12" or a register key such as "kommune:5007"). */
export function addPickedOrganisation(input: { projectId: number; userId: number; pick: string; region: string | null }): AddResult {
  const organisation = input.pick.startsWith("org:") ? getOrganisation(Number(input.pick.slice(4))) : registerOrganisation(input.pick);
  if (!organisation) return { ok: false, field: "organisation", message: "Velg en organisasjon fra listen" };
  if (isProjectOrganisation(input.projectId, organisation.id)) return { ok: false, field: "organisation", message: ALREADY_IN };
  addProjectOrganisation({ projectId: input.projectId, organisationId: organisation.id, region: input.region, userId: input.userId });
  return { ok: true, name: organisation.name };
}

function registerOrganisation(key: string) {
  const entry = findRegisterOrganisation(key);
  return entry ? ensureRegisterOrganisation({ key: entry.key, name: entry.name, level: entry.level, orgNumber: entry.orgNumber ?? null }) : null;
}

/** Adds an organisation that is in no list yet; one already known by name and level or by number is pointed to instead. */
export function addNewOrganisation(input: { projectId: number; userId: number; organisation: OrganisationInput; region: string | null }): AddResult {
  // The registers' own organisations are picked, never typed: a typed copy could take a trust's number.
  const name = input.organisation.name.trim().toLocaleLowerCase("nb");
  const inRegister = listRegisterOrganisations().find((o) => o.name.toLocaleLowerCase("nb") === name || (input.organisation.orgNumber && o.orgNumber === input.organisation.orgNumber));
  if (inRegister) {
    const field = inRegister.name.toLocaleLowerCase("nb") === name ? "name" : "orgNumber";
    const message = field === "name" ? `«${inRegister.name}» finnes i registeret. Velg den fra listen over.` : `Organisasjonsnummeret tilhører «${inRegister.name}» i registeret. Velg den fra listen over.`;
    return { ok: false, field, message };
  }
  const sameName = findOrganisation(input.organisation.name, input.organisation.level);
  if (sameName) {
    return isProjectOrganisation(input.projectId, sameName.id)
      ? { ok: false, field: "name", message: ALREADY_IN }
      : { ok: false, field: "name", message: `«${sameName.name}» finnes allerede i Trinnvis. Velg den fra listen over.` };
  }
  const sameNumber = input.organisation.orgNumber ? findOrganisationByOrgNumber(input.organisation.orgNumber) : null;
  if (sameNumber) {
    return { ok: false, field: "orgNumber", message: `Organisasjonsnummeret tilhører allerede «${sameNumber.name}». Velg den fra listen over.` };
  }
  const created = createOrganisation(input.organisation);
  addProjectOrganisation({ projectId: input.projectId, organisationId: created.id, region: input.region, userId: input.userId });
  return { ok: true, name: created.name };
}
