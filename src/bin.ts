#!/usr/bin/env node
/** The `brieftrace` executable: runs the command line and sets the exit code. */
import { main } from './cli.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
