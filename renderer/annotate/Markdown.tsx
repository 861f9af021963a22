import './Markdown.css';
import { useMemo } from 'react';
import { renderMarkdown } from './markdown.ts';

/** Markdown, sanitized (see markdown.ts); an empty source shows `empty` instead. */
export function Markdown({
  source,
  className,
  empty,
}: {
  source: string;
  className?: string;
  empty?: string;
}) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  if (source.trim() === '') {
    return empty === undefined ? null : <p className="markdown-empty">{empty}</p>;
  }
  return (
    <div
      className={`markdown${className === undefined ? '' : ` ${className}`}`}
      // Sanitized by DOMPurify in renderMarkdown: only formatting tags and safe links survive.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
