import { useApiQuery } from '../../api/use-api-query.ts';
import { ReliabilitySelect, useGradeSource } from '../../sources/GradeSelect.tsx';

/** The article's sources (who wrote it, who republished it), each with its grade to set. */
export function SourceGrades({ articleId }: { articleId: string }) {
  const sources = useApiQuery('listSources', {});
  const grade = useGradeSource();
  const own = (sources.data ?? []).filter((source) =>
    (source.articles as readonly string[]).includes(articleId),
  );
  if (own.length === 0) return null;
  return (
    <p className="article-source-grades">
      {own.map((source) => (
        <label key={source.id}>
          {source.name}{' '}
          <ReliabilitySelect
            label={`Reliability of ${source.name}`}
            value={source.reliability}
            onChange={(reliability) => grade(source, reliability)}
          />
        </label>
      ))}
    </p>
  );
}
