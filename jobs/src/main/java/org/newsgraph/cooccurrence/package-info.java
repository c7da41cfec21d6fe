/** Association measures for entity pairs (PMI, NPMI, log-likelihood ratio). */
package org.newsgraph.cooccurrence;
