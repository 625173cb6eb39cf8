import { z } from "zod";

// Under the Content Security Policy (no 'unsafe-eval', SECURITY.md) zod must not try to compile
// validators with `new Function`: its probe alone is reported as a violation. Every module that builds a
// schema imports z from here, so that this runs first in whichever chunk loads a schema.
z.config({ jitless: true });

export { z };
