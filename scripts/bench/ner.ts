// The entity recognizer's own timings (issue 15), in a fresh process: loading the model file,
// suggestions for a 3,000-word article with the model, the online update after a decision, and
// what the thread that answers does with the worker's reading (the registry's names matched,
// the suggestions linked to entities). Prints one JSON object. Run by scripts/bench/run.ts;
// alone: npx tsx scripts/bench/ner.ts
import { countWords } from '../../electron/common/model/article.ts';
import { emptyEntitiesFile, type EntitiesFile } from '../../electron/common/model/entity.ts';
import type { EntityId } from '../../electron/common/model/ids.ts';
import { newEntity } from '../../electron/core/annotate/entity-lookup.ts';
import { linkSuggestions } from '../../electron/core/annotate/suggestion-links.ts';
import { registryNames } from '../../electron/core/annotate/suggestions.ts';
import { newArticle } from '../../electron/core/service/new-article.ts';
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

// The registry of a notebook that has every gold file's names (about 1,000 entities), and a new
// 3,000-word article: its names matched and linked as the app does on the thread that answers,
// each time against a registry just replaced by a decision (nothing of it cached).
const registry: EntitiesFile = emptyEntitiesFile();
const registered = new Set<string>();
for (const { text, entities } of golds) {
  for (const { type, mentions } of entities) {
    const name = text.slice(mentions[0]!.start, mentions[0]!.end);
    if (registered.has(`${type}:${name}`)) continue;
    registered.add(`${type}:${name}`);
    registry.entities.push(newEntity(name, type));
  }
}
const fresh = newArticle({ title: 'Long' }, longArticle(7), null, { verbatim: true });
const reading = recognizer.recognize('fresh', fresh.text);
const links: number[] = [];
const linksCpu: number[] = [];
for (let i = 0; i < 11; i += 1) {
  const replaced = { ...registry, entities: [...registry.entities] };
  const start = performance.now();
  const cpu = process.cpuUsage();
  const context = { ...emptySuggestContext(), registry: registryNames(replaced) };
  // Registry matches carry their entity, as entity-suggester.ts gives them.
  const found = suggestEntities(fresh.text, context, reading).map(({ entityId, ...rest }) =>
    entityId === undefined ? rest : { ...rest, entityId: entityId as EntityId },
  );
  linkSuggestions(fresh, found, replaced);
  const used = process.cpuUsage(cpu);
  if (i > 0) links.push(performance.now() - start);
  // One thread here: the process's CPU time is the thread's (less sensitive to other load).
  if (i > 0) linksCpu.push((used.user + used.system) / 1000);
}

process.stdout.write(
  JSON.stringify({
    ner_model_load_ms: stats(loads),
    ner_suggest_3000_words_ms: stats(suggest),
    ner_online_update_ms: stats(updates),
    ner_registry_link_3000_words_ms: stats(links),
    ner_registry_link_3000_words_cpu_ms: stats(linksCpu),
    registry_entities: registry.entities.length,
    words: countWords(article),
  }) + '\n',
);
