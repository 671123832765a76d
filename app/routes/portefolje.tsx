import { Button, Heading, Link as DsLink, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { MdcIcons } from "../components/charts/mdc-icons";
import { DataTable } from "../components/data-table";
import { SelectField } from "../components/select-field";
import { TREND_TEXT } from "../domain/portfolio";
import { notFound } from "../services/access.server";
import { portfolioFilterFrom, portfolioFor } from "../services/portfolio.server";
import { requireSession } from "../services/session.server";
import { countOf, formatDate } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "Portefølje – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const params = new URL(request.url).searchParams;
  const portfolio = portfolioFor(user.id, portfolioFilterFrom(params));
  if (!portfolio) throw notFound();
  return json({ portfolio, query: params.toString() });
}

export default function PortfolioPage() {
  const { portfolio, query } = useLoaderData<typeof loader>();
  const { rows, total, choices, isAdvisor } = portfolio;
  const params = new URLSearchParams(query);
  const chosen = (name: string) => params.get(name) ?? "";
  const filtered = ["rolle", "steg", "organisasjon"].some((name) => chosen(name));
  const download = `/portefolje.xlsx${filtered ? `?${new URLSearchParams(["rolle", "steg", "organisasjon"].filter((n) => chosen(n)).map((n) => [n, chosen(n)]))}` : ""}`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Portefølje
      </Heading>
      <Paragraph>
        Prosjektene du er med i, slik de står i dag ({formatDate(portfolio.today)}): steget, siste «Klar for drift?», vedtak som har passert fristen, de siste signalene i målingene, siste signerte
        bærekraftsrevisjon og det ingen har ansvaret for.
      </Paragraph>
      <Form method="get" className="filters" aria-label="Filtrer prosjektene">
        <SelectField label="Rolle" name="rolle" placeholder="Alle" options={choices.roles} defaultValue={chosen("rolle")} />
        <SelectField label="Steg" name="steg" placeholder="Alle" options={choices.steps} defaultValue={chosen("steg")} />
        <SelectField label="Organisasjon" name="organisasjon" placeholder="Alle" options={choices.organisations} defaultValue={chosen("organisasjon")} />
        <div className="actions">
          <Button type="submit" variant="secondary">
            Filtrer
          </Button>
          {filtered ? <AppLink to="/portefolje">Nullstill</AppLink> : null}
        </div>
      </Form>
      <Paragraph role="status">
        {rows.length} av {countOf(total, "prosjekt", "prosjekter")}
      </Paragraph>
      <Paragraph>
        <DsLink href={download} download>
          Last ned som regneark (.xlsx)
        </DsLink>
      </Paragraph>
      {rows.length ? (
        <DataTable
          caption="Prosjektene dine"
          headers={[
            "Prosjekt",
            "Din rolle",
            "Steg",
            "Siste «Klar for drift?»",
            "Vedtak over fristen",
            "Siste signaler",
            "Siste signerte revisjon",
            ...(isAdvisor ? ["Svakeste faktorer", "Åpne runder"] : []),
            "Uten ansvarlig",
          ]}
          rows={rows.map((p) => {
            const base = `/prosjekter/${p.id}`;
            return {
              key: p.id,
              cells: [
                <AppLink key="p" to={base}>
                  {p.name}
                </AppLink>,
                p.roleName,
                p.stepName,
                p.readiness ? (
                  <AppLink key="r" to={`${base}/klar-for-drift`}>
                    {p.readiness.verdictText} ({formatDate(p.readiness.takenAt)}), {TREND_TEXT[p.readiness.trend]}
                  </AppLink>
                ) : (
                  "Ikke tatt"
                ),
                p.overdueDecisions ? (
                  <AppLink key="v" to={`${base}/styring?vedtak=forfalt#styring-vedtak`}>
                    {countOf(p.overdueDecisions, "vedtak", "vedtak")}
                  </AppLink>
                ) : (
                  "Ingen"
                ),
                p.signals.length ? (
                  <ul key="s" className="signal-list">
                    {p.signals.map((s) => (
                      <li key={s.measureId}>
                        <MdcIcons variation={s.verdict.variation} assurance={s.verdict.assurance} size={24} />{" "}
                        <AppLink to={`${base}/malinger/${s.measureId}`}>{s.name}</AppLink> ({formatDate(s.latestDate)})
                      </li>
                    ))}
                  </ul>
                ) : (
                  "Ingen spesiell variasjon"
                ),
                p.audit ? (
                  <span key="a">
                    <AppLink to={`${base}/barekraft/${p.audit.roundId}`}>{p.audit.title}</AppLink>, signert {formatDate(p.audit.signedAt)}
                  </span>
                ) : (
                  <Tag key="a" data-color="warning">
                    Ingen signert revisjon
                  </Tag>
                ),
                ...(isAdvisor ? [p.audit?.weakest.join(", ") ?? "", p.openRounds] : []),
                p.gapCount ? (
                  <AppLink key="g" to={`${base}/klar-for-drift#ansvar`}>
                    {countOf(p.gapCount, "mangler ansvarlig", "mangler ansvarlig")}
                  </AppLink>
                ) : (
                  "Ingen"
                ),
              ],
            };
          })}
        />
      ) : (
        <Paragraph>Ingen prosjekter passer til utvalget.</Paragraph>
      )}
    </div>
  );
}
