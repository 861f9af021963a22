/** A small set of line icons (16 px, currentColor), drawn inline so the CSP needs no exception. */
const PATHS = {
  library: 'M2.5 2.5h3v11h-3zM6.5 2.5h3v11h-3zM10.3 3.2l2.8-.8 2.4 10.6-2.8.7z',
  reader: 'M2 3.5c2-.8 4-.8 6 .5 2-1.3 4-1.3 6-.5v9.5c-2-.7-4-.7-6 .5-2-1.2-4-1.2-6-.5zM8 4v9.5',
  entities:
    'M5.5 7a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4zM1.8 13.5c.4-2.4 1.9-3.8 3.7-3.8s3.3 1.4 3.7 3.8M11 7.5a1.8 1.8 0 1 0 0-3.6 1.8 1.8 0 0 0 0 3.6zM10.4 9.8c2-.4 3.5.9 3.8 3.2',
  timeline: 'M2 8h12M4.5 5v6M8 4v8M11.5 6v4',
  briefing: 'M4 1.8h5.5L12.5 5v9.2H4zM9.5 1.8V5h3M6 8h4.5M6 10.5h4.5',
  review: 'M2.5 3.5h7M2.5 7h5M2.5 10.5h4M9.5 10l2 2 3.5-4',
  chart:
    'M4 4.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM12 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM5 14.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM5.3 3.7l5.3 1.9M11 7.2 6 12M4.2 4.5l.6 7',
  sources: 'M2.5 2.5h11v3h-11zM2.5 7h11v3h-11zM2.5 11.5h7v2h-7M11.5 12.5l1 1 2-2.5',
  undo: 'M5.5 4 2.5 7l3 3M2.8 7h6.7a3.5 3.5 0 0 1 0 7H7',
  redo: 'M10.5 4l3 3-3 3M13.2 7H6.5a3.5 3.5 0 0 0 0 7H9',
  sun: 'M8 10.8a2.8 2.8 0 1 0 0-5.6 2.8 2.8 0 0 0 0 5.6zM8 1v1.6M8 13.4V15M1 8h1.6M13.4 8H15M3 3l1.1 1.1M11.9 11.9 13 13M3 13l1.1-1.1M11.9 4.1 13 3',
  moon: 'M13.5 9.6A5.8 5.8 0 0 1 6.4 2.5a5.8 5.8 0 1 0 7.1 7.1z',
  trash: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.7 6.5v4.5M9.3 6.5v4.5',
  plus: 'M8 3v10M3 8h10',
  close: 'M4 4l8 8M12 4l-8 8',
  warning: 'M8 1.8 15 14H1zM8 6v4M8 11.6v.4',
  paste: 'M5.5 2.5h5v2h-5zM5.5 3.5h-2v11h9v-11h-2M5.5 8h5M5.5 10.5h3.5',
  back: 'M10 3 5 8l5 5',
  import: 'M8 2v8M4.8 6.8 8 10l3.2-3.2M2.5 10.5v3h11v-3',
  folder: 'M1.8 3.5h4.2l1.5 1.5h6.7v8.5H1.8z',
  search: 'M7 11.5a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM10.3 10.3 14 14',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
