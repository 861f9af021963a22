import { useState } from 'react';
import type { Format, OtherFormat, Paper } from './useBriefingExport.ts';

/** The header's export buttons: Markdown, PDF and Word (with the paper size), JSON, CSV, others. */
export function ExportBar({
  exporting,
  paper,
  onPaper,
  onExport,
}: {
  exporting: Format | null;
  paper: Paper;
  onPaper: (paper: Paper) => void;
  onExport: (format: Format) => void;
}) {
  const [other, setOther] = useState<OtherFormat>('csl');
  const button = (format: Format, label: string) => (
    <button
      type="button"
      className="button"
      disabled={exporting !== null}
      onClick={() => onExport(format)}
    >
      {label}
    </button>
  );
  return (
    <div className="briefing-exports" role="group" aria-label="Export">
      {button('md', 'Markdown')}
      <span className="briefing-pdf">
        {button('pdf', exporting === 'pdf' ? 'PDF…' : 'PDF')}
        {button('docx', 'Word')}
        <select
          aria-label="Paper size"
          value={paper}
          onChange={(e) => onPaper(e.target.value as Paper)}
        >
          <option value="a4">A4</option>
          <option value="letter">Letter</option>
        </select>
      </span>
      {button('json', 'JSON')}
      {button('csv', 'CSV')}
      <span className="briefing-pdf">
        <select
          aria-label="Other format"
          value={other}
          onChange={(e) => setOther(e.target.value as OtherFormat)}
        >
          <option value="csl">References: CSL-JSON</option>
          <option value="bibtex">References: BibTeX</option>
          <option value="ris">References: RIS</option>
          <option value="w3c">Annotations: W3C JSON-LD</option>
        </select>
        {button(other, 'Export other')}
      </span>
    </div>
  );
}
