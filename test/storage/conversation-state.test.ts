/**
 * The conversation state contract, run against every implementation: buttons and thread
 * topics come back until they expire, an expired button says so (not "unknown"), each
 * kind is bounded, and (SQLite) everything survives closing and reopening the file, beside
 * the Store in the same database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryConversationState, type ConversationState } from '../../src/storage/conversation-state.ts';
import { openSqliteConversationState } from '../../src/storage/sqlite-conversation-state.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';

const T0 = new Date('2015-12-15T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ref = { platform: 'slack' as const, channelId: 'C1', threadId: '1450170300.000100' };

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-conv-'));
  dirs.push(dir);
  return join(dir, 'briefbot.sqlite');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['memory', (capacity?: number) => memoryConversationState(capacity)],
  [
    'sqlite',
    (capacity?: number) => openSqliteConversationState(':memory:', capacity === undefined ? {} : { capacity }),
  ],
] as const)('%s conversation state', (_name, open: (capacity?: number) => ConversationState) => {
  it('gives a button back until it expires, then says it expired; an unknown one is missing', async () => {
    const state = open();
    await state.putButton('b1', { command: 'brief', options: { topic: 'Kerry' }, page: 2 }, at(60));
    expect(await state.button('b1', at(59))).toEqual({
      status: 'found',
      value: { command: 'brief', options: { topic: 'Kerry' }, page: 2 },
    });
    expect(await state.button('b1', at(60))).toEqual({ status: 'expired' });
    expect(await state.button('nope', at(0))).toEqual({ status: 'missing' });
    await state.close();
  });

  it('keeps what a thread is about until it expires; a newer answer replaces it', async () => {
    const state = open();
    await state.putThread(ref, { topics: ['New York'] }, at(10));
    expect(await state.thread(ref, at(5))).toEqual({ topics: ['New York'] });
    expect(await state.thread({ ...ref, channelId: 'C2' }, at(5))).toBeUndefined();
    await state.putThread(ref, { topics: ['Sergey Lavrov'] }, at(20));
    expect(await state.thread(ref, at(15))).toEqual({ topics: ['Sergey Lavrov'] });
    expect(await state.thread(ref, at(20))).toBeUndefined();
    await state.close();
  });

  it('stays bounded: past its capacity the oldest entries go first', async () => {
    const state = open(10);
    for (let i = 0; i < 300; i++) {
      await state.putButton(`b${i}`, { n: i }, at(600));
      await state.putThread({ ...ref, threadId: `t${i}` }, { topics: [`topic ${i}`] }, at(600));
    }
    expect((await state.button('b0', at(0))).status).toBe('missing');
    expect(await state.thread({ ...ref, threadId: 't0' }, at(0))).toBeUndefined();
    expect(await state.button('b299', at(0))).toEqual({ status: 'found', value: { n: 299 } });
    expect(await state.thread({ ...ref, threadId: 't299' }, at(0))).toEqual({ topics: ['topic 299'] });
    await state.close();
  });
});

describe('SQLite conversation state on the bot database', () => {
  it('survives a restart, beside the Store in the same file, without touching its schema', async () => {
    const path = tempDb();
    const store = openSqliteStore(path);
    const state = openSqliteConversationState(path);
    await state.putButton('b1', { command: 'ask', options: { question: 'when?' }, page: 1 }, at(60));
    await state.putThread(ref, { topics: ['New York'] }, at(60));
    await store.setState('last-tick', 'x');
    await state.close();
    await store.close();

    const reopenedStore = openSqliteStore(path);
    const reopened = openSqliteConversationState(path);
    expect(await reopened.button('b1', at(1))).toMatchObject({ status: 'found' });
    expect(await reopened.thread(ref, at(1))).toEqual({ topics: ['New York'] });
    expect(await reopenedStore.getState('last-tick')).toBe('x');
    await reopened.close();
    await reopenedStore.close();
  });
});
