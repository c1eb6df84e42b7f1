/**
 * The layout is a promise: the core, the knowledge layer and the commands know no chat
 * platform, each adapter knows only its own, and only src/config.ts reads the environment.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const importsOf = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
const imports = (file: string) => importsOf(readFileSync(file, 'utf8'));
const SLACK = /^@slack\//;
const DISCORD = /^(discord\.js|@discordjs\/)/;

describe('module boundaries', () => {
  it.each([
    'src/core',
    'src/knowledge',
    'src/briefing',
    'src/render',
    'commands',
    'src/storage',
    'src/scheduling',
    'src/ingest',
  ])('%s imports no platform SDK', (dir) => {
    const offenders = safeSources(dir).flatMap((f) =>
      imports(f)
        .filter((i) => SLACK.test(i) || DISCORD.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the Slack adapter does not import discord.js, nor the Discord adapter Bolt', () => {
    const slack = safeSources('src/adapters/slack').flatMap((f) => imports(f).filter((i) => DISCORD.test(i)));
    const discord = safeSources('src/adapters/discord').flatMap((f) => imports(f).filter((i) => SLACK.test(i)));
    expect([...slack, ...discord]).toEqual([]);
  });

  it('only src/config.ts reads process.env', () => {
    const readers = sources('src').filter(
      (f) => f !== join('src', 'config.ts') && /process\.env/.test(readFileSync(f, 'utf8')),
    );
    expect(readers).toEqual([]);
  });

  it('the checker sees static, dynamic and type imports (so the tests above can fail)', () => {
    const found = importsOf(
      "import { App } from '@slack/bolt';\nconst d = await import('discord.js');\n" +
        'import type { REST } from "@discordjs/rest";',
    );
    expect(found).toEqual(['@slack/bolt', 'discord.js', '@discordjs/rest']);
    expect(found.every((i) => SLACK.test(i) || DISCORD.test(i))).toBe(true);
  });
});

function safeSources(dir: string): string[] {
  try {
    return sources(dir);
  } catch {
    return [];
  }
}
