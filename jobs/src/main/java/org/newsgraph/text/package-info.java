/** Sentence splitting and offset-preserving text normalisation. */
package org.newsgraph.text;
