/**
 * Near-duplicate documents: the same story republished by several sites (wire copies, syndicated
 * articles), found from shingles of the body. Plain Java; the Spark layer finds candidate pairs with
 * MinHash LSH and hands them to {@link org.newsgraph.duplicates.StoryClusters}.
 */
package org.newsgraph.duplicates;
