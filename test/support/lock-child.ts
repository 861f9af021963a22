// A process of the lock race (reliability-lock.test.ts): on `go`, tries to take the lock of a
// notebook folder and says whether it won; on `release`, lets it go.
import { NotebookLock } from '../../electron/core/store/lock.ts';

let held: NotebookLock | null = null;
const send = (message: object): void => void process.send!(message);

process.on('message', (message: { go?: string; release?: boolean; exit?: boolean }) => {
  if (message.go !== undefined) {
    NotebookLock.acquire(message.go, 'race').then(
      (lock) => {
        held = lock;
        send({ won: true });
      },
      (error: Error) => send({ won: false, message: error.message }),
    );
  } else if (message.release === true) {
    const lock = held;
    held = null;
    void (lock?.release() ?? Promise.resolve()).then(() => send({ released: true }));
  } else if (message.exit === true) {
    process.disconnect();
  }
});
send({ ready: true });
