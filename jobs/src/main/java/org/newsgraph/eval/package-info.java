/** Scores output tables against gold annotations (the evaluate command). */
package org.newsgraph.eval;
