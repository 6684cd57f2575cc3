import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { language } from './i18n/language.ts';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
// The language the address (or a saved choice) asks for is loaded before the first frame,
// so the page never flashes English first. English itself is already in this script.
void language.start(window.location.search).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
