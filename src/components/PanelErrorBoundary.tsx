import { Component, type ErrorInfo, type ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";

export interface PanelErrorBoundaryProps {
  /** What the panel is, in plain words, e.g. "The chart by SDG": the fallback says it could not be shown. */
  what: string;
  /** When this changes (e.g. the route), a failed panel tries again by itself. */
  resetKey?: unknown;
  /** Called by Retry before the panel renders again. */
  onReset?: () => void;
  children: ReactNode;
}

/**
 * Keeps a failure inside one panel: the panel becomes an error card with Retry, the rest of the page
 * keeps working. PanelBoundary adds the reset of failed queries; a page without queries (an embed) uses
 * this one.
 */
export function PanelErrorBoundary({
  what,
  resetKey,
  onReset = () => {},
  children,
}: PanelErrorBoundaryProps) {
  const { t } = useTranslation();
  const text: FailureText = {
    title: t("panel.failed", { what }),
    drawError: t("panel.drawError"),
    offlineError: t("panel.offlineError"),
    restWorks: t("panel.restWorks"),
    retry: t("panel.retry"),
  };
  return (
    <CatchPanelError what={what} resetKey={resetKey} onReset={onReset} text={text}>
      {children}
    </CatchPanelError>
  );
}

interface FailureText {
  title: string;
  drawError: string;
  offlineError: string;
  restWorks: string;
  retry: string;
}

interface CatchProps extends PanelErrorBoundaryProps {
  onReset: () => void;
  text: FailureText;
}

// React catches render errors only in class components (https://react.dev/reference/react/Component).
class CatchPanelError extends Component<CatchProps, { failed: boolean; resetKey: unknown }> {
  state = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: CatchProps, state: { failed: boolean; resetKey: unknown }) {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Left in the console for whoever reports the problem; the user sees the card.
    console.warn(`${this.props.what} failed:`, error, info.componentStack);
  }

  retry = () => {
    this.props.onReset();
    this.setState({ failed: false });
  };

  render() {
    if (!this.state.failed) return this.props.children;
    const { text } = this.props;
    return (
      <section className="state-card state-card--error panel-error" role="alert">
        <p className="panel-error__title">{text.title}</p>
        <p>
          {navigator.onLine ? text.drawError : text.offlineError} {text.restWorks}
        </p>
        <button type="button" className="button" onClick={this.retry}>
          {text.retry}
        </button>
      </section>
    );
  }
}
