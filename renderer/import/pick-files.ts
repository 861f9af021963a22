/** A file the user chose or dropped, with the name it is reported under (its relative path). */
export interface PickedFile {
  name: string;
  file: File;
}

/** From an <input type=file> (a folder input gives each file's path inside the folder). */
export function fromFileList(list: FileList | null): PickedFile[] {
  if (list === null) return [];
  return Array.from(list, (file) => ({
    name: file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name,
    file,
  }));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A directory's entries: readEntries answers in pieces, until it answers with none. */
async function directoryEntries(entry: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = entry.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

async function walk(entry: FileSystemEntry, prefix: string, into: PickedFile[]): Promise<void> {
  const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
  if (isFile(entry)) {
    // Hidden files (.DS_Store and the like) are not articles.
    if (entry.name.startsWith('.')) return;
    into.push({ name, file: await entryFile(entry) });
  } else if (isDirectory(entry)) {
    const children = await directoryEntries(entry);
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await walk(child, name, into);
  }
}

/**
 * The files of a drop, walking into folders where the browser gives entries for them
 * (webkitGetAsEntry); otherwise the plain files. Must be called during the drop event: the
 * items are emptied once it returns, so the entries are taken first.
 */
export async function fromDataTransfer(data: DataTransfer): Promise<PickedFile[]> {
  const items = Array.from(data.items).filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  const plain = Array.from(data.files);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return plain.map((file) => ({ name: file.name, file }));
  }
  const picked: PickedFile[] = [];
  for (const entry of entries) await walk(entry!, '', picked);
  return picked;
}

/** Whether a drag carries files (and not text or a link from the page). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes('Files');
}
