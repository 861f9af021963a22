import './DropOverlay.css';
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../components/Icon.tsx';
import { carriesFiles, fromDataTransfer, type PickedFile } from './pick-files.ts';

/**
 * Files and folders dropped anywhere on the window are imported; while files are dragged over
 * it, an overlay says so. A drop never makes the page navigate to the file.
 */
export function DropOverlay({
  enabled,
  onFiles,
  onRefused,
}: {
  /** False for a read-only notebook: the drop is refused with a message. */
  enabled: boolean;
  onFiles: (files: PickedFile[]) => void;
  onRefused: (message: string) => void;
}) {
  const [visible, setVisible] = useState(false);
  const latest = useRef({ enabled, onFiles, onRefused });
  useEffect(() => {
    latest.current = { enabled, onFiles, onRefused };
  });

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth++;
      setVisible(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = latest.current.enabled ? 'copy' : 'none';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setVisible(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth = 0;
      setVisible(false);
      const { enabled: allowed, onFiles: take, onRefused: refuse } = latest.current;
      if (!allowed) {
        refuse('This notebook is open read-only: nothing can be imported into it.');
        return;
      }
      fromDataTransfer(event.dataTransfer!).then(take, (error: unknown) =>
        refuse(`The dropped files could not be read (${String(error)}).`),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <Icon name="import" size={28} />
        <p className="drop-title">{enabled ? 'Drop to import' : 'This notebook is read-only'}</p>
        {enabled && (
          <p className="drop-text">
            Files and folders: .txt, .md, .html, .pdf, .docx, RSS and Atom feeds.
          </p>
        )}
      </div>
    </div>
  );
}
