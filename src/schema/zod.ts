import { en } from "zod/locales";
import * as z from "zod/mini";

// zod/mini: the same checks and issues as zod's chained API, built from functions that a bundler drops when
// unused. It carries no messages of its own, so English is set here (the words people read in data:check
// and the import dialog). Under the Content Security Policy (no 'unsafe-eval', SECURITY.md) zod must not try
// to compile validators with `new Function`: its probe alone is reported as a violation. Every module that
// builds a schema imports z from here, so that this runs first in whichever chunk loads a schema.
z.config({ ...en(), jitless: true });

export { z };
