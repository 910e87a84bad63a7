// esbuild loads stylesheets as text (see client-bundles.ts): the map adds Leaflet's to the page itself.
declare module '*.css' {
  const text: string;
  export default text;
}
