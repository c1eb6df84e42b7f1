/**
 * Evaluation cases nobody tuned for: present tense, yes/no questions, two entities in one
 * question, wrong-entity traps and questions about the article itself (its metadata).
 */
import { ask, brief, nothing } from './case-builders.ts';
import type { EvalCase } from './cases.ts';

export const UNTUNED: EvalCase[] = [
  // Questions nobody tuned for: present tense, yes/no, two entities, wrong-entity traps, metadata.
  ask('where is Kerry now?', {
    kind: 'answer',
    paragraphs: [3],
    words: ['Where: Moscow', 'has arrived in Moscow'],
    absent: ['Capitol Hill'],
  }),
  ask('where is John Kerry currently', {
    kind: 'answer',
    paragraphs: [3],
    words: ['Moscow'],
    absent: ['Capitol Hill'],
  }),
  nothing('ask', 'When will Putin visit Washington?'),
  nothing('ask', 'did Lavrov meet Obama?'),
  ask('did Kerry meet Putin?', {
    kind: 'answer',
    paragraphs: [1],
    words: ['Putin has met with US Secretary of State'],
  }),
  ask('has Putin talked with Obama?', { kind: 'answer', paragraphs: [4], words: ['Barack Obama and Vladimir Putin'] }),
  nothing('ask', 'did Obama meet Lavrov in Moscow?'),
  nothing('ask', 'is Toner meeting Assad?'),
  ask('when did Obama and Putin meet in Paris?', {
    kind: 'answer',
    paragraphs: [4],
    words: ['When: November 2015', 'in November'],
    absent: ['first talks for two year” (the article'],
  }),
  ask('when did Obama and Putin talk in Antalya', {
    kind: 'answer',
    paragraphs: [4],
    words: ['Antalya G20'],
    absent: ['November 2015'],
  }),
  ask('who are the terrorists', {
    kind: 'answer',
    paragraphs: [12],
    words: ['Ahrar ash-Sham'],
    absent: ['Who: Bashar Assad'],
  }),
  ask("what is Lukyanov's job", {
    kind: 'answer',
    title: 'Fyodor Lukyanov',
    paragraphs: [14],
    words: ['Presidium Chair'],
  }),
  ask('what does Lukyanov do', {
    kind: 'answer',
    title: 'Fyodor Lukyanov',
    paragraphs: [14],
    words: ['Presidium Chair'],
  }),
  ask("what is Toner's role", {
    kind: 'answer',
    title: 'Mark Toner',
    paragraphs: [10],
    words: ['State Department spokesman'],
  }),
  ask("what's Dolgov's position", {
    kind: 'answer',
    title: 'Boris Dolgov',
    paragraphs: [15],
    words: ['Institute of Oriental Studies'],
  }),
  ask('who is Mark Toner', {
    kind: 'answer',
    title: 'Mark Toner',
    paragraphs: [10],
    words: ['Mark Toner — US State Department spokesman.'],
    absent: ['spokesman: US State'],
  }),
  brief('tuesday talks', {
    kind: 'event',
    title: "Kerry's talks in Moscow with Lavrov and Putin",
    words: ['Tuesday 15 December 2015'],
  }),
  brief('the tuesday meetings', { kind: 'event', title: "Kerry's talks in Moscow with Lavrov and Putin" }),
  brief('moscow talks', { kind: 'event', title: "Kerry's talks in Moscow with Lavrov and Putin" }),
  brief('paris talks', {
    kind: 'event',
    title: 'Obama–Putin talks at the Paris Climate Change conference',
    words: ['November 2015'],
  }),
  ask('When was this article published?', { kind: 'answer', words: ['Tuesday 15 December 2015'] }),
  ask("what's the source?", { kind: 'answer', words: ['whattheysayaboutusa.com'] }),
  ask('who wrote this', { kind: 'answer', words: ['names no author'] }),
  ask("what's the headline of the article", {
    kind: 'answer',
    words: ['Kerry meets Putin in Moscow as Syria and Ukraine top the agenda'],
  }),
  nothing('ask', 'when did Lavrov visit Sochi?'),
  nothing('ask', 'what did Obama say about ISIL?'),
  nothing('ask', 'where will the Vienna meeting be held next?'),
  nothing('ask', 'when did Kerry arrive in Washington'),
  nothing('ask', 'where did Obama meet Kerry'),
  nothing('ask', 'did Assad meet Putin'),
  nothing('ask', 'when does the ISSG meet next'),
  ask('where is Putin now', { kind: 'answer', paragraphs: [3], words: ['Where: Moscow'], absent: ['Antalya'] }),
  ask('will Russia join the US-led coalition?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['formally join the US-led coalition'],
  }),
  ask('where did Kerry and Putin meet in May this year', { kind: 'answer', paragraphs: [3], words: ['Sochi'] }),
  ask('when did Lavrov hold a press conference in Italy', { kind: 'answer', paragraphs: [9], words: ['last week'] }),
  ask('where are the Syrian opposition groups meeting', { kind: 'answer', paragraphs: [11], words: ['Saudi Arabia'] }),
  ask('what did Lavrov say about the US-led coalition', {
    kind: 'answer',
    paragraphs: [9],
    words: ['prevents Russia'],
  }),
  ask('does Dolgov expect a breakthrough', {
    kind: 'answer',
    paragraphs: [15],
    words: ['major breakthroughs will not be quickly achieved'],
  }),
];
