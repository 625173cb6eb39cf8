import { Component, type ReactNode } from "react";

interface CellBoundaryProps {
  /** What the cell holds as plain text: shown in its place if it cannot be drawn. */
  raw: () => string;
  children: ReactNode;
}

/**
 * Confines a failure to one table cell: the cell shows its raw text and every other cell and row keeps
 * working (React catches render errors only in class components).
 */
export class CellBoundary extends Component<CellBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    console.warn("A table cell could not be drawn:", error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    let text = "";
    try {
      text = this.props.raw();
    } catch {
      // Nothing to show but an empty cell.
    }
    return <span lang="en">{text}</span>;
  }
}
