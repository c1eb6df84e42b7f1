/**
 * zod, through one module the build can replace. zod 4 is about 95 ES module files, and Node
 * reads, resolves and links each one: 50–60 ms of every one-shot `npx briefbot` run, which
 * has a budget of 0.8 s with npx's own 0.6 s in it. `npm run build` overwrites this module's
 * compiled copy in dist/ with the members of `z` that the sources use, bundled into one
 * minified file (scripts/build.mjs): 10–15 ms instead of 55–60. Source runs (tsx, tests)
 * import zod as it is installed.
 */
export { z } from 'zod';
