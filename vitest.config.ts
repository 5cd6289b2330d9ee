import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC compiles the server for tests because it emits the decorator metadata NestJS and TypeORM need.
export default defineConfig({
  plugins: [swc.vite({ jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2023' } })],
  test: {
    include: ['server/src/**/*.spec.ts', 'test/**/*.e2e-spec.ts', 'test/**/*.medium-spec.ts', 'test/**/*.browser-spec.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
