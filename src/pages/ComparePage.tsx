export function ComparePage() {
  return (
    <section className="page state-card">
      <h1>Compare</h1>
      <p>Coming soon.</p>
    </section>
  );
}
