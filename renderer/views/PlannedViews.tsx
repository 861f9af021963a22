/** Views whose features arrive in later issues: each says what it will hold and how to fill it. */

export { BriefingView } from './BriefingView.tsx';
