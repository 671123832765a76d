import { Heading } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SearchForm } from "../components/search-form";
import { SearchResults } from "../components/search-results";
import { listProjectsForUser } from "../models/project.server";
import { answerSearch } from "../services/search.server";
import { requireSession } from "../services/session.server";

export const meta: MetaFunction = () => [{ title: "Søk – Trinnvis" }];

/** Search across every project the person is a member of: the pages of each are open to all members. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const query = new URL(request.url).searchParams;
  const projectIds = listProjectsForUser(user.id).map((p) => p.id);
  return json({ answer: answerSearch(query.get("q"), projectIds, query.get("side")) });
}

export default function SearchPage() {
  const { answer } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Søk i prosjektene dine
      </Heading>
      <SearchForm action="/sok" query={answer.query} label="Søk i alle prosjektene dine" />
      <SearchResults answer={answer} showProject />
    </div>
  );
}
