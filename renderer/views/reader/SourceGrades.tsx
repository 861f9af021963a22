import { RELIABILITY_GRADES, type Reliability } from '../../../electron/common/model/source.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { useApiQuery } from '../../api/use-api-query.ts';

/** What each Admiralty grade of a source's reliability means. */
const MEANING: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
};

/** The article's sources (who wrote it, who republished it), each with its grade to set. */
export function SourceGrades({ articleId }: { articleId: string }) {
  const sources = useApiQuery('listSources', {});
  const { run } = useApiMutation();
  const own = (sources.data ?? []).filter((source) =>
    (source.articles as readonly string[]).includes(articleId),
  );
  if (own.length === 0) return null;
  return (
    <p className="article-source-grades">
      {own.map((source) => (
        <label key={source.id}>
          {source.name}{' '}
          <select
            aria-label={`Reliability of ${source.name}`}
            value={source.reliability ?? ''}
            onChange={(event) => {
              // Read now: the select shows the stored grade again until the change arrives.
              const grade = event.target.value === '' ? null : (event.target.value as Reliability);
              void run(
                'updateSource',
                { id: source.id, reliability: grade },
                { describe: () => `Graded ${source.name} ${grade ?? 'ungraded'}`, undoable: true },
              );
            }}
          >
            <option value="">ungraded</option>
            {RELIABILITY_GRADES.map((grade) => (
              <option key={grade} value={grade}>
                {grade}: {MEANING[grade]}
              </option>
            ))}
          </select>
        </label>
      ))}
    </p>
  );
}
