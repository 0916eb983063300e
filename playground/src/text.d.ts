/** Files esbuild embeds as text (the README's example config). */
declare module '*.cfg' {
  const text: string;
  export default text;
}
