/**
 * The chat platforms briefbot can run on. Each factory returns an adapter when its
 * settings are present; `npm start` runs every one that does, side by side, and falls
 * back to the shell chat when none does.
 */
import type { AdapterFactory } from './core/adapter.ts';
import { createSlackAdapter } from './adapters/slack/index.ts';
import { createDiscordAdapter } from './adapters/discord/index.ts';

export const adapterFactories: AdapterFactory[] = [createSlackAdapter, createDiscordAdapter];
