import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { connect } from './api/connect.ts';
import { listenForCommandKeys } from './commands/useCommandKeys.ts';
import { ApiProvider, createQueryClient } from './api/api-provider.tsx';
import { applyTheme, initialTheme } from './state/theme.ts';
import './styles/tokens.css';
import './styles/app.css';
import './styles/controls.css';
import './styles/entity-types.css';
import './styles/event-types.css';

// Before the first paint, so the page never flashes the other theme.
applyTheme(initialTheme());

// Before the first render: a key pressed while the shell renders waits for it, not lost.
listenForCommandKeys();

const root = createRoot(document.getElementById('root')!);
const connection = connect();

root.render(
  <StrictMode>
    {'error' in connection ? (
      <main className="no-connection">
        <h1>Dossier</h1>
        <p>{connection.error}</p>
      </main>
    ) : (
      <ApiProvider connection={connection} client={createQueryClient()}>
        <App connection={connection} />
      </ApiProvider>
    )}
  </StrictMode>,
);
