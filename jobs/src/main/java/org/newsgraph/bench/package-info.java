/** Benchmark tooling: a reproducible news-like corpus generator and the whole-pipeline benchmark. */
package org.newsgraph.bench;
