// The English text of the first screen of every page, the app's header and the embeds, bundled with the
// shell. The other parts of en.json (the other files here) are imported by the modules that show them, so
// that they travel with those modules' chunks.
import core from "virtual:english/app,basis,chart,chartCard,countTable,dataIssues,display,embed,errorState,externalLink,fallback,filters,notFound,offline,overview,panel,print,sdg";

export const englishCore = core;
