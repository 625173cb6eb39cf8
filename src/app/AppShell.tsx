import { OverviewPage } from "../pages/OverviewPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { useHashLocation } from "../url-state/use-hash-location";
import { NAV_ROUTES } from "./routes";

export function AppShell() {
  const { path } = useHashLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={(event) => skipToMain(event)}>
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true">
            WSIS
          </span>
          <div>
            <p className="app-header__title">WSIS Dashboard</p>
            <p className="app-header__subtitle">
              ITU&apos;s contribution to the implementation of the WSIS outcomes
            </p>
          </div>
        </div>
        <nav aria-label="Main">
          <ul className="app-nav">
            {NAV_ROUTES.map((route) => (
              <li key={route.path}>
                <a href={`#${route.path}`} aria-current={route.path === path ? "page" : undefined}>
                  {route.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main-content" tabIndex={-1}>
        {path === "/" ? <OverviewPage /> : <NotFoundPage path={path} />}
      </main>
    </div>
  );
}

/** The hash is the router, so the skip link moves focus itself instead of changing the hash. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById("main-content")?.focus();
}
