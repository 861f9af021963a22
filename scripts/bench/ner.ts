// The entity recognizer's own timings (issue 15), in a fresh process: loading the model file,
// suggestions for a 3,000-word article with the model, and the online update after a decision.
// Prints one JSON object. Run by scripts/bench/run.ts; alone: npx tsx scripts/bench/ner.ts
import { countWords } from '../../electron/common/model/article.ts';
import { emptySuggestContext } from '../../electron/core/suggest/entity-suggestion.ts';
import { NotebookRecognizer } from '../../electron/core/suggest/notebook-recognizer.ts';
import { loadRecognizerModel } from '../../electron/core/suggest/statistical-recognizer.ts';
import { suggestEntities } from '../../electron/core/suggest/suggest-entities.ts';
import { golds, longArticle } from './gold-texts.ts';
import { stats } from './stats.ts';

const article = longArticle();

const loads: number[] = [];
let model = await loadRecognizerModel();
for (let i = 0; i < 5; i += 1) {
  const start = performance.now();
  model = await loadRecognizerModel();
  loads.push(performance.now() - start);
}
if ('problem' in model) throw new Error(model.problem);

const recognizer = new NotebookRecognizer(model);
const suggest: number[] = [];
for (let i = 0; i < 11; i += 1) {
  // A new article each time: nothing of it is cached.
  const start = performance.now();
  suggestEntities(article, emptySuggestContext(), recognizer.recognize(`long-${i}`, article));
  if (i > 0) suggest.push(performance.now() - start);
}

// One more decision in an article that has all its gold mentions marked already.
const updates: number[] = [];
const gold = golds.find((g) => g.entities.length > 5)!;
const marked = gold.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
recognizer.learn('decided', gold.text, { marked: marked.slice(0, -11), rejected: [] });
for (let n = 10; n >= 0; n -= 1) {
  const start = performance.now();
  recognizer.learn('decided', gold.text, {
    marked: marked.slice(0, marked.length - n),
    rejected: [],
  });
  updates.push(performance.now() - start);
}

process.stdout.write(
  JSON.stringify({
    ner_model_load_ms: stats(loads),
    ner_suggest_3000_words_ms: stats(suggest),
    ner_online_update_ms: stats(updates),
    words: countWords(article),
  }) + '\n',
);
