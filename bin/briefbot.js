#!/usr/bin/env node
// Entry point for `npx briefbot` and `npm start`. The bot is written in TypeScript and run
// through tsx's loader, so there is no build step to forget and no stale dist/ to debug.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
