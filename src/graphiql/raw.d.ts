// Vite's `?raw` imports (a file's text), for the example tabs cut from test/operations.
declare module '*?raw' {
  const text: string;
  export default text;
}
