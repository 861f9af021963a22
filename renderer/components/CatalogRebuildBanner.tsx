import { useEffect, useState } from 'react';
import {
  describeCatalogRebuild,
  type CatalogRebuild,
} from '../../electron/common/model/notebook.ts';
import { useApi } from '../api/api-provider.tsx';
import { Icon } from './Icon.tsx';

/**
 * The list of articles being rebuilt (its cache was missing or damaged): how far it got, from
 * `info()` and then from the notebook's progress events. The Library lists the articles read so
 * far; the change at the end refreshes it and `info()`, which then says null.
 */
export function CatalogRebuildBanner({ rebuild }: { rebuild: CatalogRebuild | null }) {
  const { listen } = useApi();
  const [latest, setLatest] = useState<CatalogRebuild | null>(null);
  useEffect(
    () =>
      listen((event) => {
        if (event.type === 'catalog-progress') setLatest(event);
      }),
    [listen],
  );
  // `info()` says whether a rebuild runs; the events, read later, how far it got.
  const progress =
    rebuild !== null && latest !== null && latest.done > rebuild.done ? latest : rebuild;
  if (progress === null || progress.done === progress.total) return null;
  return (
    <section className="banner banner-warning" role="status" aria-labelledby="rebuild-heading">
      <Icon name="warning" />
      <div>
        <h2 id="rebuild-heading" className="banner-title">
          {describeCatalogRebuild(progress)}
        </h2>
        <p className="banner-text">
          The Library lists the articles read so far; you can read and annotate meanwhile.
          {progress.damagedCopy !== null &&
            ` The damaged list was kept as ${progress.damagedCopy}.`}
        </p>
        <progress max={progress.total} value={progress.done} />
      </div>
    </section>
  );
}
