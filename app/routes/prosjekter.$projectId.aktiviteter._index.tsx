import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "../components/data-table";
import { SelectField } from "../components/select-field";
import { pageOfActivities } from "../models/activity.server";
import { requireProjectRole } from "../services/access.server";
import { describeActivity } from "../utils/activity-display";
import { activityChoices } from "../services/choices.server";
import { readDateParam } from "../utils/dates";
import { formatDate } from "../utils/format";
import { canWriteProjectRecords } from "../utils/permissions";
import { DateField } from "../components/date-field";
import { TextField } from "../components/fields";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";
import { ViewTabs } from "../components/view-tabs";
import { PageLinks, pageHref } from "../components/page-links";
import { pagingSummary, searchText } from "../utils/paging";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Aktiviteter", matches) }];

const FilterSchema = z.object({
  stegtema: z.string().optional().catch(undefined),
  type: z.string().optional().catch(undefined),
  organisasjon: z.coerce.number().int().positive().optional().catch(undefined),
  malgruppe: z.string().optional().catch(undefined),
  visning: z.enum(["liste", "tidslinje"]).catch("liste"),
  sok: z.string().optional().catch(undefined),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const query = new URL(request.url).searchParams;
  const filter = FilterSchema.parse(Object.fromEntries(query));
  // A period typed as the user likes (31.12.2024 or 2024-12-31); one that cannot be read is left out, and said so beside its field.
  const fra = readDateParam(query.get("fra"));
  const til = readDateParam(query.get("til"));
  const [stepId, themeId] = filter.stegtema?.split("/") ?? [];
  const choices = activityChoices(projectId);
  const activityFilter = {
    stepId,
    themeId,
    typeId: filter.type,
    organisationId: filter.organisasjon,
    audienceId: filter.malgruppe,
    from: fra.iso,
    to: til.iso,
    search: searchText(filter.sok),
  };
  const { pages, rows } = pageOfActivities(projectId, activityFilter, query.get("side"));
  const activities = rows.map((a) => ({ ...a, text: describeActivity(a, choices) }));
  const dateProblems = { fra: fra.problem ?? null, til: til.problem ?? null };
  return json({ projectId, activities, pages, choices, view: filter.visning, canWrite: canWriteProjectRecords(role), dateProblems });
}

export default function ActivitiesPage() {
  const { projectId, activities, pages, choices, view, canWrite, dateProblems } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const base = `/prosjekter/${projectId}/aktiviteter`;
  // Another view starts on its first page, with the filters kept.
  const viewHref = (to: string) => {
    const next = new URLSearchParams(params);
    next.delete("side");
    next.set("visning", to);
    return `${base}?${next}`;
  };
  const audienceFilter = [...new Map(choices.audiences.map((c) => [c.value.split(":")[0], c.value.startsWith("ledere") ? "Ledere" : c.label])).entries()];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Aktiviteter
      </Heading>
      {canWrite ? (
        <Paragraph>
          <AppLink to={`${base}/ny`}>Registrer aktivitet</AppLink>
        </Paragraph>
      ) : null}
      <Form method="get" className="filters" aria-label="Filtrer aktiviteter">
        <input type="hidden" name="visning" value={view} />
        <TextField label="Søk" description="I tittel, beskrivelse, lenke og organisasjon" type="search" name="sok" defaultValue={params.get("sok") ?? ""} />
        <SelectField label="Steg og tema" name="stegtema" placeholder="Alle" options={choices.stepThemes} defaultValue={params.get("stegtema") ?? ""} />
        <SelectField label="Type" name="type" placeholder="Alle" options={choices.types} defaultValue={params.get("type") ?? ""} />
        <SelectField
          label="Organisasjon"
          name="organisasjon"
          placeholder="Alle"
          options={choices.organisations.map((o) => ({ value: String(o.id), label: o.name, group: o.levelName }))}
          defaultValue={params.get("organisasjon") ?? ""}
        />
        <SelectField
          label="Målgruppe"
          name="malgruppe"
          placeholder="Alle"
          options={audienceFilter.map(([value, label]) => ({ value, label }))}
          defaultValue={params.get("malgruppe") ?? ""}
        />
        <DateField label="Fra dato" name="fra" defaultValue={params.get("fra") ?? ""} error={dateProblems.fra} />
        <DateField label="Til dato" name="til" defaultValue={params.get("til") ?? ""} error={dateProblems.til} />
        <div className="actions">
          <Button type="submit" variant="secondary">
            Filtrer
          </Button>
          <AppLink to={`${base}?visning=${view}`}>Nullstill</AppLink>
        </div>
      </Form>
      <ViewTabs
        label="Visning"
        tabs={[
          { label: "Liste", to: viewHref("liste"), current: view === "liste" },
          { label: "Tidslinje", to: viewHref("tidslinje"), current: view === "tidslinje" },
        ]}
      />
      <Paragraph role="status">
        {pagingSummary(pages, "aktivitet", "aktiviteter")}
        {pages.pageCount > 1 ? `, nyeste først (side ${pages.page} av ${pages.pageCount})` : ""}.
      </Paragraph>
      {activities.length === 0 ? null : view === "tidslinje" ? (
        <Timeline activities={activities} base={base} />
      ) : (
        <DataTable
          caption="Aktiviteter"
          headers={["Dato", "Aktivitet", "Type", "Steg og tema", "Målgruppe", "Organisasjoner"]}
          rows={activities.map((a) => ({
            key: a.id,
            cells: [
              a.endDate ? `${formatDate(a.startDate)}–${formatDate(a.endDate)}` : formatDate(a.startDate),
              <AppLink key="t" to={`${base}/${a.id}`}>
                {a.title}
              </AppLink>,
              a.text.type,
              `${a.text.step}: ${a.text.theme}`,
              a.text.audiences.join(", "),
              a.organisations.length,
            ],
          }))}
        />
      )}
      <PageLinks label="Sider med aktiviteter" page={pages.page} pageCount={pages.pageCount} hrefFor={(n) => pageHref(params, "side", n)} />
    </div>
  );
}

type ListedActivity = { id: number; title: string; startDate: string; endDate: string | null; text: { type: string; step: string; theme: string } };

function Timeline({ activities, base }: { activities: ListedActivity[]; base: string }) {
  const chronological = [...activities].reverse();
  const years = [...new Set(chronological.map((a) => a.startDate.slice(0, 4)))];
  return (
    <div className="stack">
      {years.map((year) => (
        <section key={year} aria-labelledby={`ar-${year}`}>
          <Heading level={2} data-size="sm" id={`ar-${year}`}>
            {year}
          </Heading>
          <ol className="timeline">
            {chronological
              .filter((a) => a.startDate.startsWith(year))
              .map((a) => (
                <li key={a.id}>
                  <strong>{a.endDate ? `${formatDate(a.startDate)}–${formatDate(a.endDate)}` : formatDate(a.startDate)}</strong>{" "}
                  <AppLink to={`${base}/${a.id}`}>{a.title}</AppLink>
                  <br />
                  <span>
                    {a.text.type} · {a.text.step}: {a.text.theme}
                  </span>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
