import { useMemo } from "react";
import { useTranslation } from "./use-translation";
import type { Reference } from "../schema/reference";
import { useLanguage } from "./use-language";
import { localizeReference } from "./localize-reference";
import { officialNamesOf } from "./official-names";

export function useLocalizedReference(reference: Reference | undefined): Reference | undefined {
  const language = useLanguage();
  // Re-render when the language's bundle has arrived (useTranslation subscribes to language changes).
  useTranslation();
  return useMemo(
    () => (reference ? localizeReference(reference, officialNamesOf(language)) : undefined),
    [reference, language],
  );
}
