// A stand-in for electron/core/search/search-worker.ts in test/unit/search-worker.test.ts, started
// as its process: an index with nothing in it that loads at once, ends (process.exit) on the query
// `exit`, answers `fail` with a failure, `crash` with a failure told on stderr as the real process
// tells one (child-process.ts's FAILURE_MARK), and any other query with no hits.
const reply = (message) => process.send(message);
process.on('disconnect', () => process.exit(0));
process.on('message', (request) => {
  if (request.type === 'load') {
    reply({ type: 'opened', loadedFrom: 'rebuild' });
    reply({ type: 'loaded', indexed: 0 });
  } else if (request.type === 'search') {
    if (request.query === 'exit') process.exit(5);
    if (request.query === 'crash') {
      process.stderr.write('\ndossier-process: out of memory\n', () => process.exit(70));
    } else if (request.query === 'fail') {
      reply({ type: 'failed', id: request.id, error: 'the index is corrupt' });
    } else reply({ type: 'result', id: request.id, hits: [], indexing: null });
  } else reply({ type: 'saved', id: request.id });
});
