/** Turns raw input bytes into {@link org.newsgraph.model.Article}s or {@link org.newsgraph.model.Reject}s: decoding, header and boilerplate parsing. */
package org.newsgraph.ingest;
