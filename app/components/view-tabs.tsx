import { useLocation } from "@remix-run/react";
import { AppLink, isCurrentPath } from "./app-link";

export type ViewTab = {
  to: string;
  label: string;
  /** Current only on this exact path, not on the pages below it. */
  end?: boolean;
  /** For views chosen in the query (?visning=), where the path does not tell them apart. */
  current?: boolean;
};

/**
 * Views of one thing as a tab bar that looks like Designsystemet's Tabs, made of links: each view is a
 * page of its own, so the bar works without JavaScript and the current one is aria-current="page".
 */
export function ViewTabs({ label, tabs }: { label: string; tabs: ViewTab[] }) {
  const { pathname } = useLocation();
  return (
    <nav aria-label={label} className="view-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <AppLink to={tab.to} aria-current={(tab.current ?? isCurrentPath(pathname, tab.to, tab.end)) ? "page" : undefined}>
              {tab.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
