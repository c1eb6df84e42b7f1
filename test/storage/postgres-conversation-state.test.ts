/**
 * Button and thread state on a real PostgreSQL (test/support/postgres.ts): the same
 * promises as the SQLite version, and what several instances need: state written by one
 * is read by another.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversationState } from '../../src/storage/open-store.ts';
import { openPostgresConversationState } from '../../src/storage/postgres-conversation-state.ts';
import { openPostgresStore } from '../../src/storage/postgres-store.ts';
import { startPostgres, type TestPostgres } from '../support/postgres.ts';

const T0 = new Date('2015-12-15T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ref = { platform: 'discord' as const, channelId: '42', threadId: '1234567890' };

let server: TestPostgres;
beforeAll(async () => void (server = await startPostgres()), 60_000);
afterAll(async () => server?.stop());

describe('PostgreSQL conversation state', () => {
  it('gives a button back until it expires, then says it expired; an unknown one is missing', async () => {
    const state = await openPostgresConversationState(await server.createDatabase());
    await state.putButton('b1', { command: 'ask', options: { question: 'when?' }, page: 2 }, at(60));
    expect(await state.button('b1', at(59))).toEqual({
      status: 'found',
      value: { command: 'ask', options: { question: 'when?' }, page: 2 },
    });
    expect(await state.button('b1', at(60))).toEqual({ status: 'expired' });
    expect(await state.button('nope', at(0))).toEqual({ status: 'missing' });
    await state.close();
  });

  it('keeps what a thread is about until it expires; a newer answer replaces it', async () => {
    const state = await openPostgresConversationState(await server.createDatabase());
    await state.putThread(ref, { topics: ['New York'] }, at(10));
    expect(await state.thread(ref, at(5))).toEqual({ topics: ['New York'] });
    await state.putThread(ref, { topics: ['Sochi'] }, at(20));
    expect(await state.thread(ref, at(15))).toEqual({ topics: ['Sochi'] });
    expect(await state.thread(ref, at(20))).toBeUndefined();
    expect(await state.thread({ ...ref, threadId: 'other' }, at(0))).toBeUndefined();
    await state.close();
  });

  it('stays bounded: past its capacity the oldest entries go first', async () => {
    const state = await openPostgresConversationState(await server.createDatabase(), { capacity: 10 });
    for (let i = 0; i < 200; i++) await state.putButton(`b${i}`, i, at(60));
    expect(await state.button('b0', at(0))).toEqual({ status: 'missing' });
    expect(await state.button('b199', at(0))).toEqual({ status: 'found', value: 199 });
    await state.close();
  });

  it('is where the bot keeps them when DATABASE_URL is set, whatever DATABASE_PATH says', async () => {
    const url = await server.createDatabase();
    const state = await openConversationState({ databaseUrl: url, databasePath: '/nonexistent/never-created.db' });
    await state.putButton('b', 1, at(60));
    const other = await openPostgresConversationState(url);
    expect(await other.button('b', at(0))).toEqual({ status: 'found', value: 1 });
    expect(existsSync('/nonexistent/never-created.db')).toBe(false);
    await Promise.all([state.close(), other.close()]);
  });

  it('is shared: a button saved by one instance is pressed on another, beside the Store', async () => {
    const url = await server.createDatabase();
    const store = await openPostgresStore(url, { poolSize: 1 });
    const [one, two] = await Promise.all([openPostgresConversationState(url), openPostgresConversationState(url)]);
    await one.putButton('shared', { command: 'brief', options: { topic: 'Kerry' }, page: 1 }, at(60));
    await one.putThread(ref, { topics: ['Kerry'] }, at(60));
    expect(await two.button('shared', at(1))).toMatchObject({ status: 'found' });
    expect(await two.thread(ref, at(1))).toEqual({ topics: ['Kerry'] });
    await store.saveChannel({ platform: 'discord', channelId: '42', timeZone: 'UTC' });
    expect((await store.channel({ platform: 'discord', channelId: '42' }))?.timeZone).toBe('UTC');
    await Promise.all([one.close(), two.close(), store.close()]);
  });
});
