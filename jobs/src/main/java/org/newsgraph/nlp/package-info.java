/** The only package importing Stanford CoreNLP: an engine interface, the CoreNLP adapter and plain analysis records. */
package org.newsgraph.nlp;
