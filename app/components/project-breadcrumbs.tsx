import { Breadcrumbs } from "@digdir/designsystemet-react";
import { useMatches } from "@remix-run/react";
import { projectBreadcrumbs } from "../utils/breadcrumbs";
import { AppLink } from "./app-link";

/** Prosjekter › the project › … › the page shown; the last crumb is marked as the current page. */
export function ProjectBreadcrumbs() {
  const crumbs = projectBreadcrumbs(useMatches());
  if (crumbs.length === 0) return null;
  return (
    // role and aria-current are set here too, for the page before (or without) JavaScript; the
    // ds-breadcrumbs element keeps them up to date after.
    <Breadcrumbs aria-label="Du er her" role="navigation" className="breadcrumbs">
      <Breadcrumbs.List>
        {crumbs.map((crumb, i) => (
          <Breadcrumbs.Item key={crumb.to}>
            <Breadcrumbs.Link asChild>
              <AppLink to={crumb.to} aria-current={i === crumbs.length - 1 ? "page" : undefined}>
                {crumb.label}
              </AppLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}
