/** Plain records shared across stages: articles, sentences, tokens, mentions, statements. JDK only. */
package org.newsgraph.model;
