/** Plain-Java composition of the stages for one document: sentences, mentions, statements. No Spark. */
package org.newsgraph.pipeline;
