/** Small JDK-only helpers: resource lexicon loading, hashing. */
package org.newsgraph.util;
