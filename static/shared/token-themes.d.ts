// The tokens package ships each theme's CSS as a module whose default export is the stylesheet
// text, but declares no types for these files.
declare module '@atlaskit/tokens/dist/esm/artifacts/themes/*' {
  const css: string;
  export default css;
}
