// The activity page's views as tabs that are links (?visning=liste|tidslinje): each view has an
// address, and the page works without JavaScript. Looks like Designsystemet's Tabs; the chosen
// view is aria-current="page" (not role="tab", which would promise arrow-key behaviour links lack).
import { AppLink } from "./app-link";
import activityViewTabsCss from "../styles/activity-view-tabs.css";

/** The tabs' stylesheet, for the `links` of a route that shows them. */
export const activityViewTabsLinks = () => [{ rel: "stylesheet", href: activityViewTabsCss }];

type Tab = { label: string; href: string; current: boolean };

export function ActivityViewTabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label} className="view-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.label}>
            <AppLink to={tab.href} aria-current={tab.current ? "page" : undefined}>
              {tab.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
