import { createContext, useContext } from "react";
import type { Reference } from "../../schema/reference";

/** Cells are defined once at module scope (TanStack's advice), so they read the reference from here. */
export const ReferenceContext = createContext<Reference | null>(null);

export function useReference(): Reference {
  const reference = useContext(ReferenceContext);
  if (!reference) throw new Error("useReference needs a ReferenceContext provider");
  return reference;
}
