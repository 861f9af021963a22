import type { ExportedFileView } from '../../../electron/common/api/contract.ts';

function bytesOf(file: ExportedFileView): BlobPart {
  if (file.encoding === 'utf8') return file.content;
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function download(file: ExportedFileView): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file)], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Hand the files to the host's save dialog when there is one, else download each of them. */
export async function saveFiles(files: ExportedFileView[]): Promise<void> {
  const bridge = window.dossierBridge;
  if (bridge?.saveExport !== undefined) {
    await bridge.saveExport(files);
    return;
  }
  for (const file of files) download(file);
}
