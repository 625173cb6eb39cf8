export function ActivitiesPage() {
  return (
    <section className="page state-card">
      <h1>Activities</h1>
      <p>Coming soon.</p>
    </section>
  );
}
