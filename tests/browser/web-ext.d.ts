/** The one part of web-ext's Node API the tests use (the package ships no types): `cmd.lint`. */
declare module 'web-ext' {
  interface LintSummary {
    errors: number;
    warnings: number;
    notices: number;
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; output: 'none' | 'json' | 'text' },
        options: { shouldExitProgram: boolean },
      ): Promise<{ summary: LintSummary }>;
    };
  };
  export default webExt;
}
