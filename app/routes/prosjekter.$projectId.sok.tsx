import { Heading } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SearchForm } from "../components/search-form";
import { SearchResults } from "../components/search-results";
import { requireProjectRole } from "../services/access.server";
import { answerSearch } from "../services/search.server";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Søk", matches) }];

/** Search within one project, for its members (others get 404, as on every project page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId);
  const query = new URL(request.url).searchParams;
  return json({ projectId, answer: answerSearch(query.get("q"), [projectId], query.get("side")) });
}

export default function ProjectSearchPage() {
  const { projectId, answer } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Søk i prosjektet
      </Heading>
      <SearchForm action={`/prosjekter/${projectId}/sok`} query={answer.query} label="Søk i dette prosjektet" />
      <SearchResults answer={answer} showProject={false} />
    </div>
  );
}
