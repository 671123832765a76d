import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { TO_ME_KIND_NAMES, TO_ME_KINDS, type ToMeItem, type ToMeKind } from "../domain/to-me";
import { listProjectsForUser } from "../models/project.server";
import { requireSession } from "../services/session.server";
import { toMeItems } from "../services/to-me.server";
import { clockNow } from "../utils/clock.server";
import { todayIso } from "../utils/time";
import { getContent } from "../utils/content.server";
import { countOf, formatDate } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "Til meg – Trinnvis" }];

/** A group shows this many items until the person asks for all of them (?vis=kind). */
const SHOWN_PER_KIND = 10;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const now = clockNow();
  const today = todayIso(now);
  const items = toMeItems(user.id, today, now);
  const everything = new URL(request.url).searchParams.get("vis");
  const roles = getContent().labels.projectRoles;
  const groups = TO_ME_KINDS.map((kind) => {
    const all = items.filter((i) => i.kind === kind);
    return { kind, total: all.length, overdue: all.filter((i) => i.overdue).length, items: everything === kind ? all : all.slice(0, SHOWN_PER_KIND) };
  }).filter((g) => g.total > 0);
  return json({
    today,
    total: items.length,
    groups,
    projects: listProjectsForUser(user.id).map((p) => ({ id: p.id, name: p.name, role: roles[p.role] })),
  });
}

export default function ToMePage() {
  const { today, total, groups, projects } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Til meg
      </Heading>
      <Paragraph>
        {total === 0
          ? `Ingenting venter på deg i prosjektene dine i dag, ${formatDate(today)}.`
          : `${countOf(total, "sak venter", "saker venter")} på deg i prosjektene dine i dag, ${formatDate(today)}.`}{" "}
        <AppLink to="/profil">Velg hvor ofte du får påminnelser på e-post</AppLink>.
      </Paragraph>
      {groups.map((group) => (
        <ToMeGroup key={group.kind} {...group} />
      ))}
      <section aria-labelledby="prosjektene-dine" className="stack">
        <Heading level={2} data-size="md" id="prosjektene-dine">
          Prosjektene dine
        </Heading>
        {projects.length ? (
          <ul>
            {projects.map((p) => (
              <li key={p.id}>
                <AppLink to={`/prosjekter/${p.id}`}>{p.name}</AppLink> ({p.role.toLocaleLowerCase("nb")})
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>Du er ikke med i noen prosjekter ennå.</Paragraph>
        )}
      </section>
    </div>
  );
}

function ToMeGroup({ kind, total, overdue, items }: { kind: ToMeKind; total: number; overdue: number; items: ToMeItem[] }) {
  const headingId = `til-meg-${kind}`;
  return (
    <section aria-labelledby={headingId} className="stack" id={kind}>
      <Heading level={2} data-size="md" id={headingId}>
        {TO_ME_KIND_NAMES[kind]} ({total}
        {overdue ? `, ${overdue} forfalt` : ""})
      </Heading>
      <ul className="to-me-list">
        {items.map((item) => (
          <li key={item.key}>
            <AppLink to={item.href}>{item.title}</AppLink> <span className="to-me-project">({item.projectName})</span>
            <br />
            {item.reason}{" "}
            {item.overdue ? (
              <Tag data-color="danger" data-size="sm">
                Forfalt
              </Tag>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length < total ? (
        <Paragraph>
          <AppLink to={`/til-meg?vis=${kind}#${kind}`}>Vis alle {total}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
