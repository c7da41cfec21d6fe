/** Spark glue: input listing, partition functions, the per-JVM NLP holder, atomic table writing. */
package org.newsgraph.spark;
