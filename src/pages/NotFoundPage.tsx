export function NotFoundPage({ path }: { path: string }) {
  return (
    <section className="page state-card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no view at <code>#{path}</code>. <a href="#/">Go to the overview</a>.
      </p>
    </section>
  );
}
