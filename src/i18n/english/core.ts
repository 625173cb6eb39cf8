// The English text of the first screen of every page, the app's header and the embeds. The other parts of
// en.json (the other files here) are imported by the modules that show them, so that they travel with
// those modules' chunks: named imports let the bundler keep only the parts a chunk names.
import {
  app,
  basis,
  chart,
  chartCard,
  countTable,
  dataIssues,
  display,
  embed,
  errorState,
  externalLink,
  fallback,
  filters,
  notFound,
  offline,
  overview,
  panel,
  print,
  sdg,
} from "../locales/en.json";

export const englishCore = {
  app,
  basis,
  chart,
  chartCard,
  countTable,
  dataIssues,
  display,
  embed,
  errorState,
  externalLink,
  fallback,
  filters,
  notFound,
  offline,
  overview,
  panel,
  print,
  sdg,
};
