import fc from 'fast-check';

// Every property test runs with a fixed seed unless it names its own, so a run in CI is the run here.
// To explore other cases locally: FC_SEED=123 npx vitest run test/property
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261204) });
