/**
 * The load benchmark (docs/performance.md, Maven profile {@code benchmark}): Gatling simulations
 * that drive the real platform through the gateway (a realistic mix, hot credit lines, the
 * authorisation capacity), and {@link com.creditline.deploy.benchmark.BenchmarkRun}, which starts
 * the platform, seeds customers, measures the database's own ceiling with pgbench, runs the
 * simulations with JFR and CPU accounting, and writes the summary. {@code deploy/benchmark} runs it
 * all in one command.
 */
package com.creditline.deploy.benchmark;
