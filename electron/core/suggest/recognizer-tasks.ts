import type { PartialIsoDate } from '../../common/model/dates.ts';
import { findDates, type FoundDate } from '../dates/resolve-date.ts';
import { compromise } from './compromise-library.ts';
import type { ArticleDecisions } from './decision-learning.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { defaultModelPath } from './ner-model-path.ts';
import { NotebookRecognizer } from './notebook-recognizer.ts';
import { loadRecognizerModel, type ModelState } from './statistical-recognizer.ts';

/**
 * What suggestions need of an article's text before the registry is applied: the recognizer's
 * mentions (rules, model and the notebook's decisions) and the date expressions.
 */
export interface TextReading {
  recognized: RecognizedMention[];
  dates: FoundDate[];
}

/** Which notebook's recognizer a task is for, and its model file (the shipped one if unset). */
export interface RecognizerRef {
  id: number;
  modelPath?: string;
}

/** An article's decisions, to learn from before (or instead of) reading it. */
interface ArticleTask {
  recognizer: RecognizerRef;
  articleId: string;
  text: string;
  decisions: ArticleDecisions;
}

/**
 * The recognizer's work, as messages: the same tasks run in the suggestions' worker
 * (reading-pool.ts) or on the calling thread (the command line), through `RecognizerTasks.run`.
 * - `load`: the recognizer's model; answers why it is unusable, or null.
 * - `learn`: brings the recognizer in line with one article's decisions.
 * - `read`: `learn`, then the article's reading.
 * - `forget`: the notebook closed; its recognizer goes.
 */
export type RecognizerTask =
  | { kind: 'load'; recognizer: RecognizerRef }
  | ({ kind: 'learn' } & ArticleTask)
  | ({ kind: 'read'; published: PartialIsoDate | null } & ArticleTask)
  | { kind: 'forget'; recognizer: RecognizerRef };

interface TaskResults {
  load: string | null;
  learn: boolean;
  /** `learned`: whether the article's decisions changed the weights (as `learn` says). */
  read: { reading: TextReading; learned: boolean };
  forget: null;
}

export type ResultOf<T extends RecognizerTask> = TaskResults[T['kind']];

/**
 * The recognizers of the notebooks a thread serves, one per notebook, over models loaded once
 * per file. Tasks must run one at a time, in the order sent: learning depends on what was
 * learned before.
 */
export class RecognizerTasks {
  /** by path */
  private readonly models = new Map<string, Promise<ModelState>>();
  private readonly recognizers = new Map<number, Promise<NotebookRecognizer>>();

  /**
   * Loads compromise and the shipped model ahead of the first task (the worker does, before it
   * says ready): neither counts against the first task's time budget.
   */
  async preload(): Promise<void> {
    compromise();
    await this.model(undefined);
  }

  async run<T extends RecognizerTask>(task: T): Promise<ResultOf<T>> {
    return (await this.perform(task)) as ResultOf<T>;
  }

  private async perform(task: RecognizerTask): Promise<TaskResults[keyof TaskResults]> {
    if (task.kind === 'forget') {
      this.recognizers.delete(task.recognizer.id);
      return null;
    }
    const recognizer = await this.recognizerOf(task.recognizer);
    if (task.kind === 'load') return recognizer.problem;
    const learned = recognizer.learn(task.articleId, task.text, task.decisions);
    if (task.kind === 'learn') return learned;
    const reading = {
      recognized: recognizer.recognize(task.articleId, task.text),
      dates: findDates(task.text, task.published),
    };
    return { reading, learned };
  }

  /** Nothing to do for a while: what was kept for the work at hand goes (NotebookRecognizer.rest). */
  async rest(): Promise<void> {
    for (const recognizer of this.recognizers.values()) (await recognizer).rest();
  }

  private model(path: string | undefined): Promise<ModelState> {
    // The shipped model preloaded and the same file named by a task are loaded once.
    const key = path ?? defaultModelPath();
    let model = this.models.get(key);
    if (model === undefined) {
      model = loadRecognizerModel(key);
      this.models.set(key, model);
    }
    return model;
  }

  private recognizerOf(ref: RecognizerRef): Promise<NotebookRecognizer> {
    let recognizer = this.recognizers.get(ref.id);
    if (recognizer === undefined) {
      recognizer = this.model(ref.modelPath).then((model) => new NotebookRecognizer(model));
      this.recognizers.set(ref.id, recognizer);
    }
    return recognizer;
  }
}

let onThisThread: RecognizerTasks | null = null;

/** The recognizers of a process that runs them on its own thread (the command line). */
export function recognizerTasksOnThisThread(): RecognizerTasks {
  onThisThread ??= new RecognizerTasks();
  return onThisThread;
}
