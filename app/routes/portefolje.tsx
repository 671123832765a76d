import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "../components/data-table";
import { VERDICT_TEXT } from "../domain/readiness";
import { listAdvisedProjects } from "../models/project.server";
import { listSnapshots } from "../models/readiness.server";
import { latestSignedAudit, listRounds } from "../models/sustainability.server";
import { notFound } from "../services/access.server";
import { formatDate } from "../utils/format";
import { requireSession } from "../services/session.server";
import { AppLink } from "../components/app-link";

export const meta: MetaFunction = () => [{ title: "Rådgiverportefølje – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const advised = listAdvisedProjects(user.id);
  if (advised.length === 0) throw notFound();
  return json({
    projects: advised.map((p) => ({
      id: p.id,
      name: p.name,
      audit: latestSignedAudit(p.id),
      openRounds: listRounds(p.id).filter((r) => r.status === "apen").length,
      readiness: listSnapshots(p.id)[0] ?? null,
    })),
  });
}

export default function PortfolioPage() {
  const { projects } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Rådgiverportefølje
      </Heading>
      <Paragraph>Prosjektene du er rådgiver for, med siste signerte bærekraftsrevisjon og de svakeste faktorene i den.</Paragraph>
      <DataTable
        caption="Prosjekter du følger som rådgiver"
        headers={["Prosjekt", "Siste revisjon", "Signert", "Svakeste faktorer", "Åpne runder", "Siste «Klar for drift?»"]}
        rows={projects.map((p) => ({
          key: p.id,
          cells: [
            <AppLink key="p" to={`/prosjekter/${p.id}/barekraft`}>
              {p.name}
            </AppLink>,
            p.audit ? (
              <AppLink key="a" to={`/prosjekter/${p.id}/barekraft/${p.audit.roundId}`}>
                {p.audit.title}
              </AppLink>
            ) : (
              <Tag key="a" data-color="warning">
                Ingen signert revisjon
              </Tag>
            ),
            p.audit ? formatDate(p.audit.signedAt) : "",
            p.audit?.weakest.join(", ") ?? "",
            p.openRounds,
            p.readiness ? `${VERDICT_TEXT[p.readiness.verdict]} (${formatDate(p.readiness.takenAt)})` : "Ikke tatt",
          ],
        }))}
      />
    </div>
  );
}
