// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogRebuildBanner } from '../../renderer/components/CatalogRebuildBanner.tsx';
import { fakeNotebook } from '../support/fake-notebook.tsx';

afterEach(cleanup);

describe('the banner of a rebuild of the list of articles (issue 21)', () => {
  it('says how far the rebuild got, from info() and then from the progress events', () => {
    const notebook = fakeNotebook({});
    const rebuild = { done: 0, total: 100_000, damagedCopy: 'cache/catalog.damaged-1.json' };
    const { rerender } = render(<CatalogRebuildBanner rebuild={rebuild} />, {
      wrapper: notebook.wrapper,
    });
    const banner = screen.getByRole('status');
    expect(banner.textContent).toContain('Rebuilding the list of articles: 0 of 100,000');
    expect(banner.textContent).toContain(
      'The damaged list was kept as cache/catalog.damaged-1.json',
    );
    notebook.emit({ type: 'catalog-progress', done: 41_000, total: 100_000, damagedCopy: null });
    expect(screen.getByRole('status').textContent).toContain('41,000 of 100,000');
    // The end: info() says no rebuild runs.
    rerender(<CatalogRebuildBanner rebuild={null} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
