export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state-card state-card--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}
