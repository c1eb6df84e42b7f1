import { defineCommand } from '../src/core/command.ts';
import { answerReply } from '../src/briefing/ask/answer.ts';
import { cleanQuestion } from '../src/briefing/ask/clean.ts';
import { smallTalk, smallTalkReply } from '../src/core/small-talk.ts';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question; the answer quotes the article and its paragraph',
  options: [
    {
      name: 'question',
      type: 'string',
      description: 'Your question, e.g. when is the New York meeting?',
      required: true,
      rest: true,
      maxLength: 1000,
    },
  ],
  examples: [
    'ask when is the New York meeting?',
    'ask who is Mark Toner?',
    "ask why won't Russia join the US-led coalition?",
  ],
  // `carried`: in a thread follow-up, what the thread's last answer was about; `recentArticle`: the
  // article this person was last answered from here, which a question that names no story prefers.
  // "thanks!" or "hi" asks nothing: it is not looked up in the articles.
  run: ({ kb, options, page, continuations, carried, recentArticle, visitedArticles, recentAt }) => {
    const talk = smallTalk(cleanQuestion(options.question));
    if (talk) return smallTalkReply(talk);
    return answerReply({
      kb,
      question: options.question,
      page,
      continuations,
      ...(carried ? { carried } : {}),
      ...(recentArticle ? { recentArticle } : {}),
      ...(visitedArticles ? { visitedArticles } : {}),
      ...(recentAt !== undefined ? { recentAt } : {}),
    });
  },
});
