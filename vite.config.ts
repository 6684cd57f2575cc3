/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { ClinicalFactsSchema, ProcedureSchema } from './src/content/schema.ts';
import { traceContent, traceProblems } from './src/content/trace.ts';
import { governanceProblems } from './src/content/governance.ts';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * Refuses to build (or serve) content that fails its schema or its source tracing, so a
 * caption that does not come from the source can never reach a patient.
 */
function contentCheck(): Plugin {
  const check = (): void => {
    const procedure = ProcedureSchema.parse(
      JSON.parse(readFileSync(here('src/content/procedure.json'), 'utf8')),
    );
    const facts = ClinicalFactsSchema.parse(
      JSON.parse(readFileSync(here('src/content/clinical-facts.json'), 'utf8')),
    );
    const problems = traceProblems(
      traceContent(
        procedure,
        readFileSync(here('src/content/sources/coronary-angioplasty.txt'), 'utf8'),
        facts,
        readFileSync(here('src/content/sources/clinical-facts.md'), 'utf8'),
      ),
    );
    const today = new Date().toISOString().slice(0, 10);
    problems.push(...governanceProblems(procedure.meta, today));
    if (problems.length > 0) throw new Error(`Content check failed:\n- ${problems.join('\n- ')}`);
  };
  return {
    name: 'pci-content-check',
    buildStart: check,
    handleHotUpdate({ file }) {
      if (file.includes('/src/content/')) check();
    },
  };
}

export default defineConfig({
  plugins: [react(), contentCheck()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['tests/{app,content,timeline,models,ui}/**/*.test.ts'],
    environment: 'node',
  },
});
