/** Files embedded as text (the README's example config): Vite's `?raw`, and the same in scripts/build-playground.mjs. */
declare module '*?raw' {
  const text: string;
  export default text;
}
