/**
 * `npm run verify`: runs the spec (or reads a given message stream), compares every documented
 * flow step by step with the accepted baseline, prints one verdict per flow, writes the drift
 * report, and exits 1 when a flow broke or changed or the run did not finish (2 when the
 * baseline cannot be read). `npm run verify -- --accept` records the run as the new baseline instead.
 */
import { runCucumber } from '../scripts/cucumber-run';
import { verifyCommand } from './verify-command';

verifyCommand(process.argv.slice(2), { out: console, runSpec: (args) => runCucumber(args) }).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`verify failed: ${(error as Error).stack}`);
    process.exitCode = 1;
  },
);
